/* nta: where a server sends responses, by NTATAG_SERVER_RPORT (RFC 3581). A bare UDP client
 * sends OPTIONS from port 35150 with a Via naming port 35151 (where a second socket
 * listens), with or without ";rport"; the server agent (127.0.0.1:35152, its parameter
 * changed with nta_agent_set_params between the cases) answers from its default leg.
 * Printed: which client socket got the 200 and the response's Via parameters.
 *   server_rport 0: never rport (responses go to the Via port, ";rport" stays empty)
 *   server_rport 1: rport when the client asked (Sofia's default)
 *   server_rport 2: always
 *   server_rport 3: always for some user agents (Polycom ...), else as 1 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <poll.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nta.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/url.h>

#include "udp_sock.h"

static int leg_cb(nta_leg_magic_t *m, nta_leg_t *leg, nta_incoming_t *irq, sip_t const *sip)
{
  return 200;
}

/* The Via line of a response, its received and rport parameters only. */
static void show_via(char const *buf)
{
  char const *v = strstr(buf, "\r\nVia:");
  char const *e = v ? strstr(v + 2, "\r\n") : NULL;
  char line[512];
  char const *p;
  if (!v || !e || e - v > 500) {
    printf("no Via\n");
    return;
  }
  memcpy(line, v + 2, e - v - 2);
  line[e - v - 2] = 0;
  p = strstr(line, ";rport");
  printf("  rport: %s", !p ? "absent" : p[6] == '=' ? "" : "empty");
  if (p && p[6] == '=')
    printf("%d", atoi(p + 7));
  printf(", received: %s\n", strstr(line, ";received=") ? "yes" : "no");
}

static nta_agent_t *a;
static int from, via, nth;

static void one(su_root_t *root, int server_rport, int ask, char const *ua, int port)
{
  char buf[2048];
  int i, n;
  struct sockaddr_in to;
  nth++;
  nta_agent_set_params(a, NTATAG_SERVER_RPORT(server_rport), TAG_END());
  printf("server_rport %d, client %s rport%s%s:\n", server_rport, ask ? "asks for" : "without",
         ua ? ", User-Agent " : "", ua ? ua : "");
  n = snprintf(buf, sizeof buf,
    "OPTIONS sip:s@127.0.0.1:%d SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:35151;branch=z9hG4bK-r%d%s\r\n"
    "Max-Forwards: 70\r\nFrom: <sip:c@127.0.0.1>;tag=c1\r\nTo: <sip:s@127.0.0.1>\r\n"
    "Call-ID: rport-%d@test\r\nCSeq: 1 OPTIONS\r\n%s%s%sContent-Length: 0\r\n\r\n",
    port, nth, ask ? ";rport" : "", nth,
    ua ? "User-Agent: " : "", ua ? ua : "", ua ? "\r\n" : "");
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(port);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sendto(from, buf, n, 0, (struct sockaddr *)&to, sizeof to);
  for (i = 0; i < 100; i++) {
    struct pollfd p[2] = { { from, POLLIN, 0 }, { via, POLLIN, 0 } };
    su_root_step(root, 10);
    if (poll(p, 2, 10) > 0) {
      int s = (p[0].revents & POLLIN) ? from : via;
      n = recv(s, buf, sizeof buf - 1, 0);
      if (n > 0) {
        buf[n] = 0;
        printf("  %.*s to the %s port\n", (int)strcspn(buf, "\r"), buf,
               s == from ? "source" : "Via");
        show_via(buf);
      }
      break;
    }
  }
  if (i == 100)
    printf("  no response\n");
}

int main(void)
{
  su_root_t *root;
  nta_leg_t *leg;
  su_init();
  root = su_root_create(NULL);
  from = udp(35150);
  via = udp(35151);
  a = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:35152"), NULL, NULL, TAG_END());
  leg = a ? nta_leg_tcreate(a, leg_cb, NULL, NTATAG_NO_DIALOG(1), TAG_END()) : NULL;
  if (!leg) {
    printf("agent failed\n");
    return 1;
  }
  one(root, 1, 0, NULL, 35152);
  one(root, 1, 1, NULL, 35152);
  one(root, 0, 1, NULL, 35152);
  one(root, 2, 0, NULL, 35152);
  one(root, 3, 0, "Polycom SoundPoint", 35152);
  one(root, 3, 0, "Acme phone", 35152);
  nta_leg_destroy(leg);
  nta_agent_destroy(a);
  close(from);
  close(via);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
