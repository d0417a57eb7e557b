/* SIP header tags: SIPTAG_X(header), SIPTAG_X_STR(text), REF twins, deep copies of tag
 * lists holding headers (tl_adup), tl_gets, filtering a header out of a SIPTAG_SIP item,
 * scanning text into a header tag, printing. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tag_class.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_tag.h>
#include <sofia-sip/msg.h>

static char const msgtext[] =
  "INVITE sip:bob@example.com SIP/2.0\r\n"
  "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bKabc\r\n"
  "From: Alice <sip:alice@example.com>;tag=f1\r\n"
  "To: <sip:bob@example.com>\r\n"
  "Call-ID: tags-1@example.com\r\n"
  "CSeq: 1 INVITE\r\n"
  "Contact: <sip:alice@192.0.2.1>\r\n"
  "Content-Length: 0\r\n\r\n";

static void show(char const *title, tagi_t const *lst)
{
  char b[256];
  printf("%s\n", title);
  for (tagi_t const *t = lst; t; t = tl_next(t)) {
    t_snprintf(t, b, sizeof b);
    printf("  [%s]\n", b);
    if (!t->t_tag)
      break;
  }
}

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  sip_from_t *from = sip_from_make(home, "\"Bob B\" <sip:bob@example.org>;tag=xyz");
  sip_via_t *via = sip_via_make(home, "SIP/2.0/TCP a.example.com;branch=z9hG4bK1, SIP/2.0/UDP b.example.com");
  sip_contact_t *m = sip_contact_make(home, "<sip:bob@192.0.2.9:5070>;expires=60");
  sip_call_id_t *i = sip_call_id_make(home, "callid-99@example.org");
  msg_t *msg = msg_make(sip_default_mclass(), 0, msgtext, sizeof msgtext - 1);
  sip_t *sip = sip_object(msg);
  tagi_t *lst, *copy, *filtered;
  sip_from_t const *from_ref = NULL;
  sip_via_t const *via_ref = NULL;
  char const *str_ref = NULL;
  tag_value_t v = 0;
  int n;

  if (!from || !via || !m || !i || !sip) {
    printf("make failed\n");
    return 1;
  }
  printf("via list: %s / %s\n", via->v_host, via->v_next ? via->v_next->v_host : "-");

  lst = tl_list(SIPTAG_FROM(from), SIPTAG_VIA(via), SIPTAG_CONTACT(m), SIPTAG_CALL_ID(i),
                SIPTAG_TO_STR("<sip:carol@example.net>"), SIPTAG_SUBJECT_STR("hello"),
                SIPTAG_HEADER_STR("X-Foo: bar"), SIPTAG_EXPIRES(NULL), TAG_END());
  tl_print(stdout, "list: ", lst);
  show("snprintf:", lst);

  n = tl_gets(lst, SIPTAG_FROM_REF(from_ref), SIPTAG_VIA_REF(via_ref), SIPTAG_TO_STR_REF(str_ref), TAG_END());
  printf("tl_gets: %d same=%d %d [%s]\n", n, from_ref == from, via_ref == via, str_ref ? str_ref : "-");

  copy = tl_adup(home, lst);
  {
    sip_from_t const *f2 = NULL;
    sip_via_t const *v2 = NULL;
    tl_gets(copy, SIPTAG_FROM_REF(f2), SIPTAG_VIA_REF(v2), TAG_END());
    printf("copy: deep=%d display=%s tag=%s url=%s via2=%s\n", f2 != from, f2 ? f2->a_display : "-",
           f2 && f2->a_tag ? f2->a_tag : "-", f2 ? url_as_string(home, f2->a_url) : "-",
           v2 && v2->v_next ? v2->v_next->v_host : "-");
    printf("xtra equal: %d\n", (int)(tl_xtra(lst, 0) == tl_xtra(copy, 0)));
  }
  tl_print(stdout, "copy: ", copy);

  /* A header out of a whole message */
  {
    tagi_t filter[] = { { SIPTAG_FROM(NULL) }, { SIPTAG_CALL_ID(NULL) }, { TAG_END() } };
    tagi_t *sl = tl_list(SIPTAG_SIP(sip), TAG_END());
    filtered = tl_afilter(home, filter, sl);
    tl_print(stdout, "from sip: ", filtered);
    tl_vfree(sl);
  }

  /* Scanning text into a header tag */
  n = t_scan(siptag_cseq, home, "42 BYE", &v);
  printf("scan: %d %s\n", n, n > 0 ? sip_header_as_string(home, (sip_header_t *)v) : "-");
  n = t_scan(siptag_cseq, home, "x BYE", &v);
  printf("scan bad: %d %ld\n", n, (long)v);

  tl_vfree(lst);
  msg_destroy(msg);
  su_home_deinit(home);
  return 0;
}
