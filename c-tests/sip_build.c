/* Building and editing SIP messages: header constructors, sip_add_tl with SIPTAG_*,
 * msg_header_insert/remove/replace, parameters, tags, and printing the result. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/sip_util.h>
#include <sofia-sip/msg.h>
#include <sofia-sip/msg_header.h>

static void dump(char const *title, msg_t *msg)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  size_t len = 0;
  char *s = msg_as_string(home, msg, NULL, 0, &len);
  printf("--- %s (%zu)\n%s", title, len, s ? s : "(null)\n");
  su_home_deinit(home);
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  msg_t *msg = msg_create(sip_default_mclass(), 0);
  sip_t *sip = sip_object(msg);
  url_t *url = url_hdup(home, (url_t *)"sip:bob@example.com:5070;transport=tcp;lr?subject=x");
  url_t *maddr = url_hdup(home, (url_t *)"sip:proxy.example.com:5080;transport=udp");
  sip_contact_t *m;
  sip_via_t *v;
  int rport = 1;
  char const *q;

  sip_add_dup(msg, sip, (sip_header_t *)sip_request_create(home, SIP_METHOD_INVITE, (url_string_t *)"sip:bob@example.com", NULL));
  sip_add_tl(msg, sip,
             SIPTAG_VIA_STR("SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-1;rport"),
             SIPTAG_FROM_STR("\"Alice\" <sip:alice@example.com>"),
             SIPTAG_TO(sip_to_create(home, (url_string_t *)"sip:bob@example.com")),
             SIPTAG_CALL_ID_STR("build-1@example.com"),
             SIPTAG_CSEQ(sip_cseq_create(home, 7, SIP_METHOD_INVITE)),
             SIPTAG_MAX_FORWARDS_STR("70"),
             SIPTAG_SUPPORTED_STR("timer, 100rel"),
             SIPTAG_HEADER_STR("X-One: 1\r\nX-Two: 2"),
             SIPTAG_CONTENT_TYPE_STR("application/sdp"),
             SIPTAG_PAYLOAD_STR("v=0\r\n"),
             TAG_END());
  dump("built", msg);

  printf("from tag: %d ", sip_from_tag(home, sip->sip_from, "abc"));
  printf("%d ", sip_from_tag(home, sip->sip_from, "tag=abc"));
  printf("%d [%s]\n", sip_from_tag(home, sip->sip_from, "other"), sip->sip_from->a_tag);
  printf("to tag: %d [%s]\n", sip_to_tag(home, sip->sip_to, "tag=t9"), sip->sip_to->a_tag);

  m = sip_contact_create(home, (url_string_t *)"sip:alice@192.0.2.1:5060", "expires=60", "+sip.instance=\"<urn:x>\"", NULL);
  printf("contact: %s\n", sip_header_as_string(home, (sip_header_t *)m));
  sip_contact_add_param(home, m, "q=0.5");
  sip_contact_add_param(home, m, "expires=30");
  printf("contact: %s q=%s expires=%s\n", sip_header_as_string(home, (sip_header_t *)m), m->m_q, m->m_expires);
  msg_header_insert(msg, (msg_pub_t *)sip, (msg_header_t *)m);

  v = sip_via_create(home, "203.0.113.5", "5062", "tcp", "branch=z9hG4bK-2", NULL);
  printf("via: %s port=%s ", sip_header_as_string(home, (sip_header_t *)v), sip_via_port(v, &rport));
  printf("rport-used=%d\n", rport);
  msg_header_insert(msg, (msg_pub_t *)sip, (msg_header_t *)v);
  printf("top via: %s, next %s\n", sip->sip_via->v_host, sip->sip_via->v_next ? sip->sip_via->v_next->v_host : "-");
  rport = 1;
  printf("via port (rport): %s used=%d\n", sip_via_port(sip->sip_via->v_next, &rport), rport);

  msg_header_remove(msg, (msg_pub_t *)sip, (msg_header_t *)sip->sip_max_forwards);
  msg_header_replace(msg, (msg_pub_t *)sip, (msg_header_t *)sip->sip_call_id,
                     (msg_header_t *)sip_call_id_make(home, "replaced@example.com"));
  sip_add_make(msg, sip, sip_subject_class, "Edited");
  dump("edited", msg);

  q = msg_header_find_param(sip->sip_via->v_next->v_common, "rport");
  printf("find rport: [%s] branch: [%s] none: %p\n", q ? q : "(null)",
         msg_header_find_param(sip->sip_via->v_common, "branch="),
         (void *)msg_header_find_param(sip->sip_via->v_common, "nope"));
  msg_header_remove_param(sip->sip_via->v_common, "branch");
  printf("via after remove: %s branch=%p\n", sip_header_as_string(home, (sip_header_t *)sip->sip_via), (void *)sip->sip_via->v_branch);

  printf("route: %s\n", sip_header_as_string(home, (sip_header_t *)sip_route_create(home, url, NULL)));
  printf("route maddr: %s\n", sip_header_as_string(home, (sip_header_t *)sip_route_create(home, url, maddr)));
  sip_aor_strip(url);
  printf("aor: %s\n", url_as_string(home, url));
  printf("query: %s\n", sip_headers_as_url_query(home, SIPTAG_SUBJECT_STR("hi there"),
         SIPTAG_REPLACES(sip_replaces_make(home, "a@b;to-tag=1;from-tag=2")),
         SIPTAG_CONTACT(m), TAG_END()));
  printf("status: %s", sip_header_as_string(home, (sip_header_t *)sip_status_create(home, 486, NULL, NULL)));
  printf("request: %s", sip_header_as_string(home, (sip_header_t *)sip_request_create(home, sip_method_unknown, "FOO", (url_string_t *)url, "SIP/2.0")));
  printf("cl: %s date-ok: %d expires: %s\n",
         sip_header_as_string(home, (sip_header_t *)sip_content_length_create(home, 42)),
         sip_date_create(home, 0) != NULL,
         sip_header_as_string(home, (sip_header_t *)sip_expires_create(home, 3600)));
  {
    sip_call_id_t *i = sip_call_id_create(home, "example.net");
    printf("call-id: len %zu at %s\n", strlen(i->i_id), strchr(i->i_id, '@'));
  }
  msg_destroy(msg);
  su_home_deinit(home);
  return 0;
}
