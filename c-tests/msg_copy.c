/* msg_dup() and msg_copy(): of a parsed message (with a fragment chain: repeated Via,
 * list headers, an unknown header, a body; not a second single header: Sofia's copy of
 * such a chain asserts when printed) and of a message built
 * header by header (no chain); the copies printed after the original is gone. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/msg.h>
#include <sofia-sip/msg_header.h>

static su_home_t home[1] = { SU_HOME_INIT(home) };

static char const request[] =
  "MESSAGE sip:bob@example.org SIP/2.0\r\n"
  "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1, SIP/2.0/TCP 10.0.0.2;branch=z9hG4bK2\r\n"
  "Via: SIP/2.0/UDP 10.0.0.3;branch=z9hG4bK3\r\n"
  "Max-Forwards: 70\r\n"
  "From: Alice <sip:alice@example.com>;tag=a1\r\n"
  "To: <sip:bob@example.org>\r\n"
  "Call-ID: c1@10.0.0.1\r\n"
  "CSeq: 5 MESSAGE\r\n"
  "Supported: timer\r\n"
  "X-Custom: one\r\n"
  "Supported: 100rel, path\r\n"
  "Subject: first\r\n"
  "Record-Route: <sip:p1;lr>, <sip:p2;lr>\r\n"
  "Content-Type: text/plain\r\n"
  "Content-Length: 11\r\n"
  "\r\n"
  "hello world";

static void show(char const *what, msg_t *msg, int serialize)
{
  sip_t *sip = sip_object(msg);
  size_t n = 0;
  char *s;
  sip_via_t *v;
  sip_error_t *e;
  int vias = 0, errors = 0;

  if (!msg) {
    printf("%s: NULL\n", what);
    return;
  }
  for (v = sip->sip_via; v; v = v->v_next)
    vias++;
  for (e = sip->sip_error; e; e = e->er_next)
    errors++;
  printf("%s: vias=%d errors=%d subject=%s supported=", what, vias, errors,
         sip->sip_subject ? sip->sip_subject->g_value : "-");
  if (sip->sip_supported && sip->sip_supported->k_items)
    for (int i = 0; sip->sip_supported->k_items[i]; i++)
      printf("%s%s", i ? "," : "", sip->sip_supported->k_items[i]);
  printf(" unknown=%s payload=%.*s complete=%d\n",
         sip->sip_unknown ? sip->sip_unknown->un_name : "-",
         sip->sip_payload ? (int)sip->sip_payload->pl_len : 1,
         sip->sip_payload ? sip->sip_payload->pl_data : "-",
         msg_is_complete(msg));
  if (serialize)
    msg_serialize(msg, NULL);
  s = msg_as_string(home, msg, NULL, 0, &n);
  printf("%s", s ? s : "(null)\n");
  printf("--\n");
  su_free(home, s);
}

int main(void)
{
  msg_t *orig = msg_make(sip_default_mclass(), 0, request, strlen(request));
  msg_t *dup, *copy, *built, *bdup, *bcopy;
  sip_t *sip;

  dup = msg_dup(orig);
  copy = msg_copy(orig);
  printf("dup %s copy %s\n", dup ? "ok" : "NULL", copy ? "ok" : "NULL");
  msg_destroy(orig);
  show("dup", dup, 1);
  show("copy", copy, 0);
  msg_destroy(dup);
  msg_destroy(copy);

  built = msg_create(sip_default_mclass(), 0);
  sip = sip_object(built);
  sip_add_make(built, sip, sip_request_class, "OPTIONS sip:x@y SIP/2.0");
  sip_add_make(built, sip, sip_via_class, "SIP/2.0/UDP a;branch=z9hG4bKa");
  sip_add_make(built, sip, sip_via_class, "SIP/2.0/UDP b;branch=z9hG4bKb");
  sip_add_make(built, sip, sip_call_id_class, "built@here");
  sip_add_make(built, sip, sip_cseq_class, "1 OPTIONS");
  sip_add_make(built, sip, sip_supported_class, "a, b");
  bdup = msg_dup(built);
  bcopy = msg_copy(built);
  msg_destroy(built);
  show("built dup", bdup, 1);
  show("built copy", bcopy, 1);
  msg_destroy(bdup);
  msg_destroy(bcopy);

  printf("null: %p %p\n", (void *)msg_dup(NULL), (void *)msg_copy(NULL));
  su_home_deinit(home);
  return 0;
}
