/* Keep-alives as mod_sofia configures them, through nua_create: TPTAG_KEEPALIVE(300) and
 * TPTAG_PONG2PING(1) on a stack listening on 127.0.0.1:35719 (UDP and TCP). A raw TCP
 * client pings (CRLF CRLF) and gets the pong (CRLF), sends OPTIONS and gets 200, then waits
 * for the stack's own ping, which comes a whole interval after the connection was made. */
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

#include <sofia-sip/su.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/nua.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/tport_tag.h>

static int down;

static void cb(nua_event_t event, int status, char const *phrase, nua_t *nua, nua_magic_t *magic,
               nua_handle_t *nh, nua_hmagic_t *hmagic, sip_t const *sip, tagi_t tags[])
{
  (void)phrase; (void)nua; (void)magic; (void)hmagic; (void)sip; (void)tags;
  if (event == nua_r_shutdown && status >= 200)
    down = 1;
  else if (event == nua_i_options)
    printf("stack: %s\n", nua_event_name(event));
  if (nh && event == nua_i_options)
    nua_handle_destroy(nh);
}

static long ms_since(su_time_t t0)
{
  return (long)su_duration(su_now(), t0);
}

int main(void)
{
  su_root_t *root;
  nua_t *nua;
  struct sockaddr_in a;
  char buf[8192];
  size_t got = 0;
  int t, i, n;
  su_time_t connected;
  char const *req =
    "OPTIONS sip:bob@127.0.0.1:35719 SIP/2.0\r\n"
    "Via: SIP/2.0/TCP 127.0.0.1:35700;branch=z9hG4bKka-1\r\n"
    "Max-Forwards: 70\r\n"
    "To: <sip:bob@127.0.0.1>\r\n"
    "From: <sip:alice@127.0.0.1>;tag=19\r\n"
    "Call-ID: keepalive-1\r\n"
    "CSeq: 1 OPTIONS\r\n"
    "Content-Length: 0\r\n\r\n";

  su_init();
  root = su_root_create(NULL);
  nua = nua_create(root, cb, NULL, NUTAG_URL("sip:127.0.0.1:35719"),
                   TPTAG_KEEPALIVE(300), TPTAG_PONG2PING(1), TAG_END());
  if (!nua) { printf("nua_create failed\n"); return 1; }

  memset(&a, 0, sizeof a);
  a.sin_family = AF_INET;
  a.sin_port = htons(35719);
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  t = socket(AF_INET, SOCK_STREAM, 0);
  if (connect(t, (struct sockaddr *)&a, sizeof a) < 0) { printf("connect failed\n"); return 1; }
  connected = su_now();
  fcntl(t, F_SETFL, O_NONBLOCK);

  /* Our ping: the pong. */
  send(t, "\r\n\r\n", 4, 0);
  for (i = 0; i < 200 && got < 2; i++) {
    su_root_step(root, 10);
    n = recv(t, buf + got, sizeof buf - 1 - got, 0);
    if (n > 0) got += n;
  }
  printf("pong: %s\n", got == 2 && memcmp(buf, "\r\n", 2) == 0 ? "yes" : "no");

  /* A request: 200. */
  got = 0;
  send(t, req, strlen(req), 0);
  for (i = 0; i < 500; i++) {
    su_root_step(root, 10);
    n = recv(t, buf + got, sizeof buf - 1 - got, 0);
    if (n > 0) got += n;
    buf[got] = 0;
    if (strstr(buf, "\r\n\r\n"))
      break;
  }
  printf("answer: %.*s\n", (int)strcspn(buf, "\r"), buf);

  /* The stack's ping, a keep-alive interval after the connection was made. */
  got = 0;
  for (i = 0; i < 500 && got < 4; i++) {
    su_root_step(root, 10);
    n = recv(t, buf + got, 4 - got, 0);
    if (n > 0) got += n;
  }
  printf("ping: %s\n", got == 4 && memcmp(buf, "\r\n\r\n", 4) == 0 ? "yes" : "no");
  printf("not before the interval: %s\n", ms_since(connected) >= 300 ? "yes" : "no");
  close(t);

  nua_shutdown(nua);
  for (i = 0; i < 1000 && !down; i++)
    su_root_step(root, 10);
  printf("shutdown: %s\n", down ? "yes" : "no");
  if (down)
    nua_destroy(nua);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
