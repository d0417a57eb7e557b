/* Shared by the TLS c-tests: a throw-away self-signed certificate and key for 127.0.0.1
 * (made for these tests with openssl), written as agent.pem into a scratch directory. */
#ifndef C_TESTS_TLS_CERT_H
#define C_TESTS_TLS_CERT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static char const agent_pem[] =
  "-----BEGIN PRIVATE KEY-----\n"
  "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgFvmIAkZKA8AK6gWc\n"
  "hsHq37G+3r+ZiGuZqFZB5tl1RfqhRANCAAQfVehdJu/Wp8J8Ap4qcwV8BFY5Z2B7\n"
  "oHsQiKNV01mrpNcu4UQdjCj29iY/MeWMYYhKG/gNFb1YUl5T/eAxH1lu\n"
  "-----END PRIVATE KEY-----\n"
  "-----BEGIN CERTIFICATE-----\n"
  "MIIBfzCCASWgAwIBAgIUAIwQqnHxK8CE/yyG0fDqm4rilvkwCgYIKoZIzj0EAwIw\n"
  "FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyNzE2MDQ1M1oYDzIxMjYxMTAz\n"
  "MTYwNDUzWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO\n"
  "PQMBBwNCAAQfVehdJu/Wp8J8Ap4qcwV8BFY5Z2B7oHsQiKNV01mrpNcu4UQdjCj2\n"
  "9iY/MeWMYYhKG/gNFb1YUl5T/eAxH1luo1MwUTAdBgNVHQ4EFgQUenxjaTylyPgt\n"
  "LsguCtO7oiDOouIwHwYDVR0jBBgwFoAUenxjaTylyPgtLsguCtO7oiDOouIwDwYD\n"
  "VR0TAQH/BAUwAwEB/zAKBggqhkjOPQQDAgNIADBFAiEA78AGAquPWbJVxZiiyxFr\n"
  "kF+pVDbcYzjTlY6cqeo/XNICIHGuvY2T/XpGSUu1TLeFvwzhzK4lw8Tnr+l1GpLI\n"
  "nH/N\n"
  "-----END CERTIFICATE-----\n"
;


/* Makes DIR (a mkdtemp template of up to 63 bytes) holding agent.pem; 0 on success. */
static int cert_dir_make(char dir[64], char const *template)
{
  char path[128];
  FILE *f;
  snprintf(dir, 64, "%s", template);
  if (!mkdtemp(dir))
    return -1;
  snprintf(path, sizeof path, "%s/agent.pem", dir);
  f = fopen(path, "w");
  if (!f)
    return -1;
  fputs(agent_pem, f);
  fclose(f);
  return 0;
}

/* Removes what cert_dir_make made. */
static void cert_dir_remove(char const *dir)
{
  char path[128];
  snprintf(path, sizeof path, "%s/agent.pem", dir);
  unlink(path);
  rmdir(dir);
}

#endif
