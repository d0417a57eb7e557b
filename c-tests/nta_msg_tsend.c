/* nta: stateless proxying with nta_msg_tsend() and answers with nta_msg_mreply().
 * An agent (127.0.0.1:35360) with a message callback and no leg sits between a bare UDP
 * client (35361) and a bare UDP server (35362). Requests reach the callback, which
 * forwards them (to the Request-URI, to a URL given, to a loose route) or answers MESSAGE
 * and INFO with nta_msg_mreply(); the server's responses reach the callback as stray
 * responses and are forwarded back by their second Via. Printed: return values, what
 * each bare socket receives (start line, Via lines with the agent's branch masked,
 * Route, Subject, To tag). */
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
#include <sofia-sip/nta_stateless.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/url.h>

#include "udp_sock.h"

static su_root_t *root;
static nta_agent_t *a;
static int cli, srv;
static char const *forward_to;	/* url given to nta_msg_tsend() for requests */
static char branch[2][128];	/* the agent's branches of the last two forwards */

static int agent_cb(nta_agent_magic_t *m, nta_agent_t *agent, msg_t *msg, sip_t *sip)
{
  int rv;
  if (sip->sip_request && sip->sip_request->rq_method == sip_method_message) {
    msg_t *reply = nta_msg_create(agent, 0);
    rv = nta_msg_mreply(agent, reply, sip_object(reply), 202, "Accepted", msg,
                        SIPTAG_SUBJECT_STR("made by mreply"), TAG_END());
    printf("  callback: MESSAGE, nta_msg_mreply(reply) -> %d\n", rv);
  }
  else if (sip->sip_request && sip->sip_request->rq_method == sip_method_info) {
    rv = nta_msg_mreply(agent, NULL, NULL, 488, NULL, msg, TAG_END());
    printf("  callback: INFO, nta_msg_mreply(NULL) -> %d\n", rv);
  }
  else if (sip->sip_request) {
    printf("  callback: %s request, nta_msg_tsend(%s) -> ", sip->sip_request->rq_method_name,
           forward_to ? forward_to : "NULL");
    rv = nta_msg_tsend(agent, msg, forward_to ? URL_STRING_MAKE(forward_to) : NULL,
                       SIPTAG_SUBJECT_STR("forwarded"), TAG_END());
    printf("%d\n", rv);
  }
  else {
    printf("  callback: %d response, nta_msg_tsend() -> ", sip->sip_status->st_status);
    rv = nta_msg_tsend(agent, msg, NULL, TAG_END());
    printf("%d\n", rv);
  }
  return 0;
}

static void send_to(int s, int port, char const *buf)
{
  struct sockaddr_in to;
  memset(&to, 0, sizeof to);
  to.sin_family = AF_INET;
  to.sin_port = htons(port);
  to.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  sendto(s, buf, strlen(buf), 0, (struct sockaddr *)&to, sizeof to);
}

/* Prints one line of a message (header `name`, all instances), the agent's branch masked. */
static void show_lines(char const *buf, char const *name)
{
  char const *p = buf;
  size_t n = strlen(name);
  while ((p = strstr(p, "\r\n"))) {
    char const *e;
    p += 2;
    e = strstr(p, "\r\n");
    if (!e || e == p)
      break;
    if (strncasecmp(p, name, n) == 0 && p[n] == ':') {
      char line[512];
      char *b;
      size_t len = e - p < 500 ? e - p : 500;
      memcpy(line, p, len);
      line[len] = 0;
      b = strstr(line, "branch=z9hG4bK");
      if (b && strstr(line, ":35360")) {
        /* keep the branch for comparison, print only that it is the agent's */
        char *end = b + strcspn(b, ";");
        memcpy(branch[0], branch[1], sizeof branch[0]);
        snprintf(branch[1], sizeof branch[1], "%.*s", (int)(end - b), b);
        printf("    %.*s<branch>%s\n", (int)(b - line), line, end);
      }
      else
        printf("    %s\n", line);
    }
  }
}

/* Runs the loop until socket s receives a datagram (into buf); 0 when none came. */
static int wait_for(int s, char *buf, size_t size)
{
  int i, n;
  for (i = 0; i < 100; i++) {
    struct pollfd p = { s, POLLIN, 0 };
    su_root_step(root, 10);
    if (poll(&p, 1, 10) > 0) {
      n = recv(s, buf, size - 1, 0);
      if (n > 0) {
        buf[n] = 0;
        return 1;
      }
    }
  }
  return 0;
}

static void show(char const *who, char const *buf)
{
  printf("  %s got: %.*s\n", who, (int)strcspn(buf, "\r"), buf);
  show_lines(buf, "Via");
  show_lines(buf, "Route");
  show_lines(buf, "Subject");
  if (strstr(buf, "\r\nTo:"))
    printf("    To tag: %s\n", strstr(strstr(buf, "\r\nTo:"), ";tag=") &&
           strstr(strstr(buf, "\r\nTo:"), ";tag=") < strstr(strstr(buf, "\r\nTo:") + 2, "\r\n") ? "yes" : "no");
}

/* The server answers the request in buf with 200, echoing its Via lines, From, To (+tag),
 * Call-ID and CSeq. */
static void answer(char const *req)
{
  char resp[4096];
  char const *p = req;
  size_t n = snprintf(resp, sizeof resp, "SIP/2.0 200 OK\r\n");
  while ((p = strstr(p, "\r\n"))) {
    char const *e;
    p += 2;
    e = strstr(p, "\r\n");
    if (!e || e == p)
      break;
    if (!strncmp(p, "Via:", 4) || !strncmp(p, "From:", 5) || !strncmp(p, "Call-ID:", 8) ||
        !strncmp(p, "CSeq:", 5))
      n += snprintf(resp + n, sizeof resp - n, "%.*s\r\n", (int)(e - p), p);
    else if (!strncmp(p, "To:", 3))
      n += snprintf(resp + n, sizeof resp - n, "%.*s;tag=srv\r\n", (int)(e - p), p);
  }
  snprintf(resp + n, sizeof resp - n, "Content-Length: 0\r\n\r\n");
  send_to(srv, 35360, resp);
}

static int nth;

static void request(char const *title, char const *method, char const *ruri, char const *extra,
                    char const *url, int server_answers)
{
  char buf[4096];
  nth++;
  forward_to = url;
  printf("%s:\n", title);
  snprintf(buf, sizeof buf,
    "%s %s SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:35361;branch=z9hG4bK-c%d;rport\r\n"
    "Max-Forwards: 70\r\nFrom: <sip:c@127.0.0.1>;tag=c1\r\nTo: <sip:s@127.0.0.1>\r\n"
    "Call-ID: tsend-%d@test\r\nCSeq: %d %s\r\n%sContent-Length: 0\r\n\r\n",
    method, ruri, nth, nth, nth, method, extra ? extra : "");
  send_to(cli, 35360, buf);
  if (server_answers) {
    if (!wait_for(srv, buf, sizeof buf)) {
      printf("  server got nothing\n");
      return;
    }
    show("server", buf);
    answer(buf);
  }
  if (!wait_for(cli, buf, sizeof buf)) {
    printf("  client got nothing\n");
    return;
  }
  show("client", buf);
}

int main(void)
{
  su_init();
  root = su_root_create(NULL);
  cli = udp(35361);
  srv = udp(35362);
  a = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.0.1:35360"), agent_cb, NULL, TAG_END());
  if (!a) {
    printf("agent failed\n");
    return 1;
  }
  request("OPTIONS to the Request-URI", "OPTIONS", "sip:s@127.0.0.1:35362", NULL, NULL, 1);
  request("OPTIONS to a URL given", "OPTIONS", "sip:s@elsewhere.invalid", NULL, "sip:127.0.0.1:35362", 1);
  request("OPTIONS by a loose route", "OPTIONS", "sip:s@elsewhere.invalid",
          "Route: <sip:127.0.0.1:35362;lr>\r\n", NULL, 1);
  nth--;	/* the same request again: a stateless proxy gives it the same branch */
  request("the same again", "OPTIONS", "sip:s@elsewhere.invalid",
          "Route: <sip:127.0.0.1:35362;lr>\r\n", NULL, 1);
  printf("  same branch as before: %s\n", strcmp(branch[0], branch[1]) ? "no" : "yes");
  nth++;
  request("MESSAGE answered with nta_msg_mreply()", "MESSAGE", "sip:s@127.0.0.1:35360", NULL, NULL, 0);
  request("INFO answered with nta_msg_mreply(NULL)", "INFO", "sip:s@127.0.0.1:35360", NULL, NULL, 0);
  printf("nta_msg_tsend(NULL msg) -> %d\n", nta_msg_tsend(a, NULL, NULL, TAG_END()));
  nta_agent_destroy(a);
  close(cli);
  close(srv);
  su_root_destroy(root);
  su_deinit();
  return 0;
}
