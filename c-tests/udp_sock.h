/* Shared by c-tests that play a bare UDP peer: a socket bound to 127.0.0.1:port. */
#ifndef C_TESTS_UDP_SOCK_H
#define C_TESTS_UDP_SOCK_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>

static int udp(int port)
{
  struct sockaddr_in sin;
  int s = socket(AF_INET, SOCK_DGRAM, 0);
  memset(&sin, 0, sizeof sin);
  sin.sin_family = AF_INET;
  sin.sin_port = htons(port);
  sin.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (bind(s, (struct sockaddr *)&sin, sizeof sin) < 0) {
    perror("bind");
    exit(2);
  }
  return s;
}

#endif
