/* Shared by c-tests that play a bare SIP peer on a UDP socket (a registrar, a proxy):
 * header lines of a received request (long or compact form) and answers to it. */
#ifndef C_TESTS_SIP_PEER_H
#define C_TESTS_SIP_PEER_H

#include "udp_sock.h"

/* The compact form of a header name, if it has one. */
static char const *sip_compact(char const *name)
{
  static char const *const forms[][2] = {
    { "\r\nTo:", "\r\nt:" }, { "\r\nFrom:", "\r\nf:" }, { "\r\nCall-ID:", "\r\ni:" },
    { "\r\nSubject:", "\r\ns:" }, { "\r\nVia:", "\r\nv:" }, { "\r\nContact:", "\r\nm:" },
  };
  size_t i;
  for (i = 0; i < sizeof forms / sizeof forms[0]; i++)
    if (strcmp(forms[i][0], name) == 0)
      return forms[i][1];
  return NULL;
}

/* Where header NAME ("\r\nName:", or its compact form) is in a request. */
static char const *sip_find(char const *req, char const **name)
{
  char const *h = strstr(req, *name);
  if (!h && sip_compact(*name)) {
    *name = sip_compact(*name);
    h = strstr(req, *name);
  }
  return h;
}

/* The value of header NAME ("\r\nName:") of a request, up to the line end. */
static void sip_value(char const *req, char const *name, char *out, size_t size)
{
  char const *h = sip_find(req, &name);
  size_t n;
  out[0] = 0;
  if (!h)
    return;
  h += strlen(name);
  while (*h == ' ')
    h++;
  n = strcspn(h, "\r");
  if (n >= size)
    n = size - 1;
  memcpy(out, h, n);
  out[n] = 0;
}

/* Header line NAME of a request, with its leading CRLF (empty when absent). */
static void sip_line(char const *req, char const *name, char *out, size_t size)
{
  char const *h = sip_find(req, &name);
  size_t n;
  out[0] = 0;
  if (!h)
    return;
  n = 2 + strcspn(h + 2, "\r");
  if (n >= size)
    n = size - 1;
  memcpy(out, h, n);
  out[n] = 0;
}

/* Answers request REQ, which came from PEER, with STATUS PHRASE: its Via, From, To with
 * ;tag=TO_TAG, Call-ID and CSeq, then EXTRA (header lines, each starting with CRLF). */
static void sip_answer(int s, char const *req, struct sockaddr_in const *peer, socklen_t plen,
                       int status, char const *phrase, char const *to_tag, char const *extra)
{
  char via[512], from[256], to[256], cid[256], cseq[128], resp[2048];
  int n;
  sip_line(req, "\r\nVia:", via, sizeof via);
  sip_line(req, "\r\nFrom:", from, sizeof from);
  sip_line(req, "\r\nTo:", to, sizeof to);
  sip_line(req, "\r\nCall-ID:", cid, sizeof cid);
  sip_line(req, "\r\nCSeq:", cseq, sizeof cseq);
  n = snprintf(resp, sizeof resp, "SIP/2.0 %d %s%s%s%s;tag=%s%s%s%s\r\nContent-Length: 0\r\n\r\n",
               status, phrase, via, from, to, to_tag, cid, cseq, extra ? extra : "");
  sendto(s, resp, n, 0, (struct sockaddr const *)peer, plen);
}

#endif
