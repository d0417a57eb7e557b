/* sip_util.h helpers and header items: sip_q_value/msg_q_value, sip_transport_has_tls,
 * sip_is_allowed, msg_header_find_item/_replace_item, msg_list_append_items/_replace_items,
 * sip_sanity_check on parsed messages, Route handling (is_loose, remove, pop, follow,
 * reverse, fixdup, fix), sip_via_remove, sip_response_terminates_dialog (RFC 5057),
 * Contact from Via, sip_addr_match, option tags (sip_has_feature, sip_has_unsupported*),
 * sip_{to,from,via}_add_param, sip_allow_events_add, msg_header_alloc, msg_payload_create,
 * msg_separator_create, sip_security_verify_compare, sip_security_client_select,
 * msg_header_join_items. (Not compared here, see docs/deviations.md:
 * msg_header_remove_item, which removes nothing in the real library, and a misplaced lr
 * in sip_route_fixdup/_reverse, which the real library fixes on the wrong route.) */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/msg.h>
#include <sofia-sip/msg_header.h>
#include <sofia-sip/msg_mime.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_util.h>
#include <sofia-sip/sip_status.h>

static su_home_t home[1] = { SU_HOME_INIT(home) };

static char const *s_(char const *s) { return s ? s : "(null)"; }

static void items(char const *what, msg_list_t const *k)
{
  msg_param_t const *p;
  printf("%s:", what);
  for (p = k->k_items; p && *p; p++)
    printf(" <%s>", *p);
  printf(" | %s\n", s_(sip_header_as_string(home, (sip_header_t const *)k)));
}

static void routes(char const *what, sip_route_t const *r)
{
  printf("%s:", what);
  for (; r; r = r->r_next)
    printf(" [%s]", s_(sip_header_as_string(home, (sip_header_t const *)r)));
  printf("\n");
}

static msg_t *parse(char const *text)
{
  return msg_make(sip_default_mclass(), 0, text, strlen(text));
}

static void print_msg(msg_t *msg)
{
  char *s = msg_as_string(home, msg, NULL, 0, NULL);
  printf("%s----\n", s_(s));
}

#define REQ(method_line, cseq_method, extra) \
  method_line "\r\n" \
  "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1\r\n" \
  "From: <sip:a@example.org>;tag=1\r\n" \
  "To: <sip:b@example.org>\r\n" \
  "Call-ID: c1@192.0.2.1\r\n" \
  "CSeq: 1 " cseq_method "\r\n" \
  extra \
  "Content-Length: 0\r\n\r\n"

int main(void)
{
  static char const *const qs[] = {"1", "0", "0.5", ".5", "0.1234", "0.1235", "0.1245", "0.1236",
                                   "0.9995", "1.0", "2", "abc", "0.", "00.7", "", NULL};
  static char const *const tps[] = {"tls", "TLS", "SIP/2.0/TLS", "sip/2.0/tls", "tls-sctp",
                                    "tcp", "SIP/2.0/TCP", "wss", "SIP/2.0/WSS", "tlsx", "", NULL};
  static int const codes[] = {100, 200, 302, 400, 401, 403, 404, 405, 408, 410, 415, 416, 420,
                              480, 481, 482, 483, 484, 485, 486, 487, 488, 489, 491, 499, 500,
                              501, 502, 503, 505, 513, 580, 599, 600, 603, 604, 606, 699, 700, 0};
  static sip_method_t const methods[] = {sip_method_invite, sip_method_notify, sip_method_refer,
                                         sip_method_subscribe, sip_method_info};
  int i, j;

  for (i = 0; qs[i]; i++)
    printf("q(%s): sip=%u msg=%u\n", qs[i], sip_q_value(qs[i]), msg_q_value(qs[i]));
  printf("q(NULL): sip=%u\n", sip_q_value(NULL));
  for (i = 0; tps[i]; i++)
    printf("has_tls(%s)=%d\n", tps[i], sip_transport_has_tls(tps[i]));
  printf("has_tls(NULL)=%d has_tls(sip_transport_tls)=%d\n", sip_transport_has_tls(NULL),
         sip_transport_has_tls(sip_transport_tls));

  {
    sip_allow_t *al = sip_allow_make(home, "INVITE, ACK, FOO, OPTIONS");
    printf("allowed invite=%d bye=%d options=%d FOO=%d foo=%d macro=%d/%d\n",
           sip_is_allowed(al, sip_method_invite, "INVITE"), sip_is_allowed(al, sip_method_bye, "BYE"),
           sip_is_allowed(al, sip_method_options, NULL),
           sip_is_allowed(al, sip_method_unknown, "FOO"), sip_is_allowed(al, sip_method_unknown, "foo"),
           SIP_IS_ALLOWED(al, sip_method_ack), SIP_IS_ALLOWED(al, sip_method_bye));
  }

  {
    sip_supported_t *k = sip_supported_make(home, "timer, 100rel,  path");
    msg_param_t add[] = { "x", "timer", "y", NULL };
    printf("find timer=%s TIMER=%s tim=%s none=%s\n", s_(msg_header_find_item(k->k_common, "timer")),
           s_(msg_header_find_item(k->k_common, "TIMER")), s_(msg_header_find_item(k->k_common, "tim")),
           s_(msg_header_find_item(k->k_common, "none")));
    printf("replace gruu=%d\n", msg_header_replace_item(home, k->k_common, "gruu")); items("a", k);
    printf("replace timer=%d\n", msg_header_replace_item(home, k->k_common, "timer")); items("b", k);
    printf("replace TIMER=%d\n", msg_header_replace_item(home, k->k_common, "TIMER")); items("c", k);
    printf("append=%d\n", msg_list_append_items(home, k, add)); items("d", k);
    printf("list replace=%d\n", msg_list_replace_items(home, k, add)); items("e", k);
    k = sip_supported_make(home, "a");
    printf("list replace=%d\n", msg_list_replace_items(home, k, add)); items("f", k);
  }

  {
    static char const *const reqs[] = {
      REQ("INVITE sip:b@example.org SIP/2.0", "INVITE", ""),
      REQ("INVITE sip:b@example.org SIP/2.0", "BYE", ""),
      REQ("FOO sip:b@example.org SIP/2.0", "FOO", ""),
      REQ("FOO sip:b@example.org SIP/2.0", "BAR", ""),
      REQ("INVITE tel:+358501234 SIP/2.0", "INVITE", ""),
      REQ("INVITE im:b@example.org SIP/2.0", "INVITE", ""),
      REQ("INVITE http://example.org/ SIP/2.0", "INVITE", ""),
      "SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 192.0.2.1\r\nFrom: <sip:a@example.org>;tag=1\r\n"
      "To: <sip:b@example.org>\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n",
      "SIP/2.0 200 OK\r\nFrom: <sip:a@example.org>;tag=1\r\n"
      "To: <sip:b@example.org>\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n",
      NULL
    };
    for (i = 0; reqs[i]; i++) {
      msg_t *msg = parse(reqs[i]);
      printf("sanity %d: %d\n", i, sip_sanity_check(sip_object(msg)));
      msg_destroy(msg);
    }
    printf("sanity NULL: %d\n", sip_sanity_check(NULL));
  }

  {
    msg_t *msg = parse(REQ("INVITE sip:b@example.org SIP/2.0", "INVITE",
                           "Route: <sip:p1.example.org;lr>, <sip:p2.example.org;transport=tcp>\r\n"
                           "Route: <sip:p3.example.org;lr>\r\n"
                           "Record-Route: <sip:rr1.example.org;lr>, <sip:rr2.example.org;lr;transport=tcp>;foo=1\r\n"
                           "Via: SIP/2.0/TCP 192.0.2.2;branch=z9hG4bK2\r\n"));
    sip_t *sip = sip_object(msg);
    sip_route_t *r, *rr;
    sip_via_t *v;
    for (r = sip->sip_route; r; r = r->r_next)
      printf("loose(%s)=%d\n", sip_header_as_string(home, (sip_header_t *)r), sip_route_is_loose(r));
    for (r = sip->sip_record_route; r; r = r->r_next)
      printf("loose(%s)=%d\n", sip_header_as_string(home, (sip_header_t *)r), sip_route_is_loose(r));
    printf("loose(NULL)=%d\n", sip_route_is_loose(NULL));
    routes("reverse", rr = sip_route_reverse(home, sip->sip_record_route));
    routes("fixdup", sip_route_fixdup(home, sip->sip_record_route));
    rr = sip_route_fixdup_as(home, sip_record_route_class, sip->sip_record_route);
    printf("fixdup_as class=%d\n", rr && rr->r_common->h_class == sip_record_route_class);
    rr = sip_route_reverse_as(home, sip_path_class, sip->sip_record_route);
    printf("reverse_as class=%d\n", rr && rr->r_common->h_class == sip_path_class);
    /* A misplaced lr (Record-Route written without angle brackets) moved into the URI. */
    rr = sip_route_make(home, "<sip:a.example.org>;lr, <sip:b.example.org>;lr=on;x=1, <sip:c.example.org;lr>;lr, <sip:d.example.org>;x;lr");
    routes("fix", sip_route_fix(rr));
    for (; rr; rr = rr->r_next)
      printf("  url params %s, loose %d\n", s_(rr->r_url->url_params), sip_route_is_loose(rr));
    r = sip_route_remove(msg, sip);
    printf("removed %s\n", sip_header_as_string(home, (sip_header_t *)r));
    r = sip_route_pop(msg, sip);
    printf("popped %s\n", sip_header_as_string(home, (sip_header_t *)r));
    r = sip_route_follow(msg, sip);
    printf("followed %s, request %s\n", sip_header_as_string(home, (sip_header_t *)r),
           sip_header_as_string(home, (sip_header_t *)sip->sip_request));
    printf("follow again %p\n", (void *)sip_route_follow(msg, sip));
    v = sip_via_remove(msg, sip);
    printf("via removed %s, now %s\n", sip_header_as_string(home, (sip_header_t *)v),
           sip_header_as_string(home, (sip_header_t *)sip->sip_via));
    print_msg(msg);
    msg_destroy(msg);
  }

  for (i = 0; codes[i]; i++) {
    printf("terminates %d:", codes[i]);
    for (j = 0; j < (int)(sizeof methods / sizeof methods[0]); j++) {
      int g = 7;
      int r = sip_response_terminates_dialog(codes[i], methods[j], &g);
      printf(" %d/%d", r, g);
    }
    printf(" null=%d\n", sip_response_terminates_dialog(codes[i], sip_method_invite, NULL));
  }

  {
    static char const *const vias[] = {
      "SIP/2.0/UDP 192.0.2.1:5060", "SIP/2.0/UDP host.example.org:5060", "SIP/2.0/TCP 192.0.2.1:5070",
      "SIP/2.0/TLS 192.0.2.1:5061", "SIP/2.0/TLS host.example.org:5061", "SIP/2.0/TLS host.example.org",
      "SIP/2.0/UDP 192.0.2.1;received=198.51.100.7;rport=40000", "SIP/2.0/UDP h.invalid:5060;maddr=239.1.1.1;comp=sigcomp",
      "SIP/2.0/SCTP [2001:db8::1]:5060", "SIP/2.0/WS abc.example.org:80", NULL
    };
    static char const *const tps2[] = { NULL, "TCP", "SIP/2.0/UDP", "tls", "SCTP;foo=BAR", "AVERYLONGTRANSPORTNAME" };
    for (i = 0; vias[i]; i++) {
      sip_via_t *v = sip_via_make(home, vias[i]);
      sip_contact_t *m = sip_contact_create_from_via(home, v, i % 2 ? "user" : NULL);
      printf("via %s -> %s\n", vias[i], s_(sip_header_as_string(home, (sip_header_t *)m)));
      for (j = 0; j < (int)(sizeof tps2 / sizeof tps2[0]); j++) {
        char *s = sip_contact_string_from_via(home, v, "u", tps2[j]);
        m = sip_contact_create_from_via_with_transport(home, v, NULL, tps2[j]);
        printf("  %s: %s | %s\n", s_(tps2[j]), s_(s), s_(sip_header_as_string(home, (sip_header_t *)m)));
      }
    }
    printf("from_via(NULL)=%p %p\n", (void *)sip_contact_create_from_via(home, NULL, NULL),
           (void *)sip_contact_string_from_via(home, NULL, NULL, NULL));
  }

  {
    static char const *const addrs[] = {
      "<sip:a@example.org>;tag=1", "<sip:a@EXAMPLE.org>;tag=1", "<sip:a@example.org>;tag=2",
      "<sip:a@example.org>", "<sip:A@example.org>;tag=1", "<sips:a@example.org>;tag=1",
      "\"Name\" <sip:a@example.org;transport=tcp>;TAG=1", NULL
    };
    for (i = 0; addrs[i]; i++) {
      printf("match %d:", i);
      for (j = 0; addrs[j]; j++)
        printf(" %d", sip_addr_match(sip_from_make(home, addrs[i]), sip_from_make(home, addrs[j])));
      printf("\n");
    }
  }

  {
    sip_supported_t *k = sip_supported_make(home, "timer, 100rel");
    sip_require_t *rq = sip_require_make(home, "100rel, foo, Timer, bar");
    sip_require_t *rq2 = sip_require_make(home, "baz, FOO");
    sip_require_t *by = sip_require_make(home, "bar");
    sip_unsupported_t *u;
    k->k_next = sip_supported_make(home, "path");
    printf("has_feature timer=%d TIMER=%d path=%d gruu=%d empty=%d NULL=%d nolist=%d\n",
           sip_has_feature(k, "timer"), sip_has_feature(k, "TIMER"), sip_has_feature(k, "path"),
           sip_has_feature(k, "gruu"), sip_has_feature(k, ""), sip_has_feature(k, NULL),
           sip_has_feature(NULL, "timer"));
    printf("has_supported 100rel=%d x=%d\n", sip_has_supported(k, "100rel"), sip_has_supported(k, "x"));
    u = sip_has_unsupported(home, k, rq);
    printf("unsupported: %s\n", u ? sip_header_as_string(home, (sip_header_t *)u) : "(none)");
    u = sip_has_unsupported2(home, k, by, rq);
    printf("unsupported2: %s\n", u ? sip_header_as_string(home, (sip_header_t *)u) : "(none)");
    u = sip_has_unsupported_any(home, k, by, NULL, rq, rq2, NULL);
    printf("unsupported_any: %s\n", u ? sip_header_as_string(home, (sip_header_t *)u) : "(none)");
    u = sip_has_unsupported_any(home, k, by, sip_proxy_require_make(home, "foo"), rq, NULL, NULL);
    printf("unsupported_any proxy: %s\n", u ? sip_header_as_string(home, (sip_header_t *)u) : "(none)");
    printf("no home: %d, all supported: %p, no require: %p\n",
           sip_has_unsupported(NULL, k, rq) == SIP_NONE,
           (void *)sip_has_unsupported(home, k, sip_require_make(home, "timer")),
           (void *)sip_has_unsupported(home, k, NULL));
  }

  {
    sip_to_t *t = sip_to_make(home, "<sip:b@example.org>;tag=1");
    sip_from_t *f = sip_from_make(home, "<sip:a@example.org>");
    sip_via_t *v = sip_via_make(home, "SIP/2.0/UDP h.example.org;branch=z9hG4bK1");
    sip_allow_events_t *ae = sip_allow_events_make(home, "presence");
    msg_header_t *h;
    msg_payload_t *pl;
    msg_separator_t *sep;
    printf("to add tag=2: %d ", sip_to_add_param(home, t, "tag=2"));
    printf("%s tag=%s\n", sip_header_as_string(home, (sip_header_t *)t), s_(t->a_tag));
    printf("to add x=1: %d %s\n", sip_to_add_param(home, t, "x=1"), sip_header_as_string(home, (sip_header_t *)t));
    printf("from add tag=abc: %d ", sip_from_add_param(home, f, "tag=abc"));
    printf("%s tag=%s\n", sip_header_as_string(home, (sip_header_t *)f), s_(f->a_tag));
    printf("via add branch: %d ", sip_via_add_param(home, v, "branch=z9hG4bK2"));
    printf("%s branch=%s\n", sip_header_as_string(home, (sip_header_t *)v), s_(v->v_branch));
    printf("via add rport: %d ", sip_via_add_param(home, v, "rport"));
    printf("%s rport=[%s]\n", sip_header_as_string(home, (sip_header_t *)v), s_(v->v_rport));
    printf("allow_events add dialog: %d ", sip_allow_events_add(home, ae, "dialog"));
    printf("%s\n", sip_header_as_string(home, (sip_header_t *)ae));
    printf("allow_events add presence: %d PRESENCE: %d ", sip_allow_events_add(home, ae, "presence"),
           sip_allow_events_add(home, ae, "PRESENCE"));
    printf("%s\n", sip_header_as_string(home, (sip_header_t *)ae));
    h = msg_header_alloc(home, sip_to_class, 10);
    printf("alloc class=%d tag=%p display=%p\n", h->sh_class == sip_to_class, (void *)((sip_to_t *)h)->a_tag,
           (void *)((sip_to_t *)h)->a_display);
    pl = msg_payload_create(home, "abc", 3);
    printf("payload %u %s\n", pl->pl_len, pl->pl_data);
    pl = msg_payload_create(home, NULL, 4);
    printf("payload of zeros %u %d\n", pl->pl_len, pl->pl_data[0] == 0 && pl->pl_data[3] == 0);
    sep = msg_separator_create(home);
    printf("separator [%s]\n", sep->sep_data);
  }

  {
    sip_security_server_t *srv = sip_security_server_make(home, "ipsec-3gpp;q=0.1;alg=hmac-sha-1-96, digest;d-alg=md5;q=0.2, tls;q=0.2");
    sip_security_verify_t *ver = sip_security_verify_make(home, "ipsec-3gpp;q=0.1;alg=hmac-sha-1-96, digest;d-alg=md5;d-ver=\"0123\";q=0.2, tls;q=0.2");
    sip_security_verify_t *bad = sip_security_verify_make(home, "ipsec-3gpp;q=0.1;alg=hmac-md5-96, digest;d-alg=md5;q=0.2, tls;q=0.2");
    sip_security_verify_t *shorter = sip_security_verify_make(home, "ipsec-3gpp;q=0.1;alg=hmac-sha-1-96");
    sip_security_client_t *cl = sip_security_client_make(home, "tls, digest");
    sip_security_client_t const *sel;
    char const *dver = "unset";
    int r = sip_security_verify_compare(srv, ver, &dver);
    printf("verify_compare same=%d d_ver=%s", r, dver ? dver : "(null)");
    r = sip_security_verify_compare(srv, bad, &dver);
    printf(" different=%d d_ver=%s", r != 0, dver ? dver : "(null)");
    printf(" shorter=%d longer=%d null=%d/%d\n", sip_security_verify_compare(srv, shorter, NULL),
           sip_security_verify_compare(shorter, srv, NULL), sip_security_verify_compare(NULL, ver, NULL),
           sip_security_verify_compare(srv, NULL, NULL));
    sel = sip_security_client_select(cl, srv);
    printf("client_select=%s", sel ? sel->sa_mec : "(null)");
    sel = sip_security_client_select(sip_security_client_make(home, "foo"), srv);
    printf(" none=%s null=%p\n", sel ? sel->sa_mec : "(null)", (void *)sip_security_client_select(NULL, srv));
  }

  {
    sip_supported_t *a = sip_supported_make(home, "timer, 100rel");
    sip_supported_t *b = sip_supported_make(home, "path, TIMER, timer, gruu");
    sip_supported_t *e = sip_supported_make(home, "");
    sip_to_t *t = sip_to_make(home, "<sip:a@example.org>;x=1");
    printf("join=%d ", msg_header_join_items(home, a->k_common, b->k_common, 1));
    printf("%s\n", sip_header_as_string(home, (sip_header_t *)a));
    printf("join again=%d ", msg_header_join_items(home, a->k_common, b->k_common, 0));
    printf("%s\n", sip_header_as_string(home, (sip_header_t *)a));
    printf("join into empty=%d ", msg_header_join_items(home, e->k_common, b->k_common, 1));
    printf("%s\n", sip_header_as_string(home, (sip_header_t *)e));
    printf("join params=%d ", msg_header_join_items(home, t->a_common, sip_to_make(home, "<sip:a@example.org>;y=2;x=3;x=1")->a_common, 1));
    printf("%s\n", sip_header_as_string(home, (sip_header_t *)t));
    printf("join NULL=%d\n", msg_header_join_items(home, a->k_common, NULL, 1));
  }

  {
    url_t *u = sip_url_dup(home, url_hdup(home, (url_t *)"sip:u@h:5060;lr"));
    printf("url_dup %s\n", url_as_string(home, u));
  }

  su_home_deinit(home);
  return 0;
}
