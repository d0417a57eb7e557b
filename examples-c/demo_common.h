/* Shared by the demo programs: options passed around as a Sofia tag list. */
#ifndef DEMO_COMMON_H
#define DEMO_COMMON_H

#include <sofia-sip/su.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/url.h>
#include <sofia-sip/url_tag.h>

/* Open a UDP socket on the host and port of a sip: URL (url_t from the tag list). */
static su_socket_t demo_socket(url_t const *url, int bind_it, su_sockaddr_t *peer)
{
  struct addrinfo hints = { 0 }, *ai = NULL;
  su_socket_t s;
  hints.ai_socktype = SOCK_DGRAM;
  hints.ai_flags = AI_NUMERICHOST | AI_NUMERICSERV;
  if (getaddrinfo(url->url_host, url_port(url), &hints, &ai) != 0)
    return INVALID_SOCKET;
  s = su_socket(ai->ai_family, SOCK_DGRAM, 0);
  if (s != INVALID_SOCKET) {
    memcpy(peer, ai->ai_addr, ai->ai_addrlen);
    if (bind_it && bind(s, ai->ai_addr, ai->ai_addrlen) < 0) {
      su_close(s);
      s = INVALID_SOCKET;
    }
  }
  freeaddrinfo(ai);
  if (s != INVALID_SOCKET)
    su_setblocking(s, 0);
  return s;
}

#endif
