/* nta_agent_tport_is_updating() (Debian's 1.12 <sofia-sip/nta_tport.h>; not in the fork's
 * API): whether the agent's transports are still finding their public addresses (STUN,
 * UPnP). An agent on plain UDP (127.0.0.1:35379) never is; a NULL agent gives 0. (1.13
 * flavour: the function is not declared; the program only says so.) */
#include <stdio.h>

#include <sofia-sip/su.h>
#include <sofia-sip/sofia_features.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/nta_tport.h>
#include <sofia-sip/url.h>

#if defined(SOFIA_RS) && !defined(SOFIA_RS_ABI_1_12)
int main(void)
{
  printf("nta_agent_tport_is_updating: 0 (not in the 1.13 API)\n");
  printf("nta_agent_tport_is_updating(NULL): 0\n");
  return 0;
}
#else
int main(void)
{
  su_root_t *root;
  nta_agent_t *a;
  su_init();
  root = su_root_create(NULL);
  a = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:35379;transport=udp"), NULL, NULL,
                       TAG_END());
  if (!a) {
    printf("agent failed\n");
    return 1;
  }
  su_root_step(root, 10);
  printf("nta_agent_tport_is_updating: %d\n", nta_agent_tport_is_updating(a));
  printf("nta_agent_tport_is_updating(NULL): %d\n", nta_agent_tport_is_updating(NULL));
  nta_agent_destroy(a);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
#endif
