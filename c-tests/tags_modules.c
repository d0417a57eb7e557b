/* The module tags of nua, soa, nta and tport (NUTAG_*, SOATAG_*, NTATAG_*, TPTAG_*) in
 * tag lists: names and namespaces of the exported objects, printing, reading with the
 * _REF twins, finding, namespace filters, scanning, copying. */
#include <stdio.h>
#include <string.h>

#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tag_io.h>
#include <sofia-sip/su_tag_inline.h>
#include <sofia-sip/nua_tag.h>
#include <sofia-sip/soa_tag.h>
#include <sofia-sip/nta_tag.h>
#include <sofia-sip/tport_tag.h>

static void names(char const *title, tagi_t const *l)
{
  tagi_t const *t;
  printf("%s:", title);
  for (t = l; t; t = t_next(t))
    printf(" %s::%s", t->t_tag ? t->t_tag->tt_ns : "", t->t_tag ? t->t_tag->tt_name : "END");
  printf("\n");
}

/* The object behind each macro: namespace, name, and whether the _REF twin points back. */
static void object(char const *macro, tag_type_t tt, tag_type_t ref)
{
  printf("%-24s %s::%s", macro, tt->tt_ns, tt->tt_name);
  if (ref)
    printf("  ref %s::%s -> %s", ref->tt_ns, ref->tt_name,
           ref->tt_magic == (tag_value_t)tt ? "base" : "OTHER");
  printf("  class %s\n",
         tt->tt_class == int_tag_class ? "int" :
         tt->tt_class == uint_tag_class ? "uint" :
         tt->tt_class == bool_tag_class ? "bool" :
         tt->tt_class == str_tag_class ? "str" :
         tt->tt_class == cstr_tag_class ? "cstr" :
         tt->tt_class == ptr_tag_class ? "ptr" :
         tt->tt_class == usize_tag_class ? "usize" :
         tt->tt_class == ns_tag_class ? "ns" : "other");
}

#define OBJ(m, sym) object(#m, sym, sym##_ref)

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  tagi_t *l, *f, *d;
  tagi_t const *t;
  char buf[128];
  int n;

  /* Objects: name quirks (autoACK, substate for SUB_EXPIRES, sdwn_after for CLOSE_AFTER). */
  OBJ(NUTAG_AUTOANSWER, nutag_autoanswer);
  OBJ(NUTAG_AUTOACK, nutag_autoack);
  OBJ(NUTAG_SUB_EXPIRES, nutag_sub_expires);
  OBJ(NUTAG_SUBSTATE, nutag_substate);
  OBJ(NUTAG_INITIAL_ROUTE_STR, nutag_initial_route_str);
  OBJ(NUTAG_HANDLE, nutag_handle);
  OBJ(NUTAG_MAX_RETRY_AFTER, nutag_max_retry_after);
  OBJ(SOATAG_USER_SDP_STR, soatag_user_sdp_str);
  OBJ(SOATAG_AF, soatag_af);
  OBJ(NTATAG_SIP_T1, ntatag_sip_t1);
  OBJ(NTATAG_MAXSIZE, ntatag_maxsize);
  OBJ(NTATAG_COMP, ntatag_comp);
  OBJ(NTATAG_USE_SRV, ntatag_use_srv);
  OBJ(TPTAG_CLOSE_AFTER, tptag_close_after);
  OBJ(TPTAG_IDENT, tptag_ident);
  OBJ(TPTAG_LOG, tptag_log);
  object("NUTAG_ANY", nutag_any, NULL);
  object("SOATAG_ANY", soatag_any, NULL);
  object("NTATAG_ANY", ntatag_any, NULL);
  object("TPTAG_ANY", tptag_any, NULL);

  l = tl_tlist(home,
               NUTAG_AUTOANSWER(0),
               NUTAG_SESSION_TIMER(1800),
               NUTAG_CALLSTATE(nua_callstate_ready),
               NUTAG_SUBSTATE(nua_substate_active),
               NUTAG_SUB_EXPIRES(3600),
               NUTAG_M_USERNAME("alice"),
               NUTAG_USER_AGENT("sofia-rs test"),
               NUTAG_HANDLE(NULL),
               NUTAG_STATUS(-1),
               NUTAG_MAX_RETRY_AFTER(3600),   /* a uint tag with a boolean value macro */
               NUTAG_HOLD(1),                 /* = SOATAG_HOLD("*") */
               NUTAG_AF(NUTAG_AF_IP6_IP4),
               SOATAG_USER_SDP_STR("v=0\r\n"),
               SOATAG_ACTIVE_AUDIO(SOA_ACTIVE_SENDRECV),
               SOATAG_ACTIVE_VIDEO(SOA_ACTIVE_REJECTED),
               SOATAG_RTP_SELECT(SOA_RTP_SELECT_COMMON),
               SOATAG_SRTP_ENABLE(1),
               NTATAG_SIP_T1(500),
               NTATAG_MAXSIZE(65536),
               NTATAG_UA(1),
               NTATAG_RPORT(1),
               NTATAG_COMP(NULL),
               NUTAG_SIP_PARSER(NULL),
               TPTAG_IDENT("udp0"),
               TPTAG_MTU(1500),
               TPTAG_TOS(0x10),
               TPTAG_LOG(7),
               TPTAG_TLS_VERIFY_PEER(1),
               TPTAG_COMPARTMENT(NULL),
               TAG_IF(0, NUTAG_EARLY_MEDIA(1)),
               TAG_END());
  names("list", l);
  tl_print(stdout, "item: ", l);

  /* t_snprintf of every item, whole and cut short. */
  for (t = l; t; t = t_next(t)) {
    int full = t_snprintf(t, buf, sizeof buf);
    int cut = t_snprintf(t, buf, 10);
    printf("snprintf %d/%d [%s]\n", full, cut, buf);
  }

  /* Reading values through the _REF twins. */
  {
    int aa = 5, cs = -1, ss = -1, af = -1, audio = 9, lg = 0;
    unsigned timer = 0, subexp = 0, t1 = 0;
    /* Value macros that do not follow their class: NUTAG_STATUS is int but reads an
     * unsigned, NUTAG_MAX_RETRY_AFTER is uint but takes and reads a boolean. */
    unsigned st = 0;
    int mra = 0;
    usize_t maxsize = 0, mtu = 0;
    char const *user = NULL, *ua = NULL, *sdp = NULL, *hold = NULL, *ident = NULL;
    nua_handle_t *nh = (nua_handle_t *)&aa;
    int early = 0;

    n = tl_gets(l,
                NUTAG_AUTOANSWER_REF(aa),
                NUTAG_CALLSTATE_REF(cs),
                NUTAG_SUBSTATE_REF(ss),
                NUTAG_SESSION_TIMER_REF(timer),
                NUTAG_SUB_EXPIRES_REF(subexp),
                NUTAG_M_USERNAME_REF(user),
                NUTAG_USER_AGENT_REF(ua),
                NUTAG_HANDLE_REF(nh),
                NUTAG_EARLY_MEDIA_REF(early),
                SOATAG_USER_SDP_STR_REF(sdp),
                SOATAG_HOLD_REF(hold),
                SOATAG_AF_REF(af),
                SOATAG_ACTIVE_AUDIO_REF(audio),
                NTATAG_SIP_T1_REF(t1),
                NTATAG_MAXSIZE_REF(maxsize),
                TPTAG_IDENT_REF(ident),
                TPTAG_MTU_REF(mtu),
                TPTAG_LOG_REF(lg),
                TAG_END());
    printf("gets %d: autoanswer %d callstate %d substate %d timer %u sub_expires %u\n",
           n, aa, cs, ss, timer, subexp);
    printf("  user %s ua %s handle %s early %d sdp %u bytes hold %s af %d audio %d\n",
           user, ua, nh ? "set" : "NULL", early, (unsigned)strlen(sdp), hold, af, audio);
    printf("  t1 %u maxsize %u ident %s mtu %u log %d\n", t1, (unsigned)maxsize, ident, (unsigned)mtu, lg);

    n = tl_gets(l, NUTAG_STATUS_REF(st), NUTAG_MAX_RETRY_AFTER_REF(mra), TAG_END());
    printf("gets %d: status %d max_retry_after %d\n", n, (int)st, mra);
  }

  /* Finding. */
  printf("find callstate %s, early_media %s, first soa %s\n",
         tl_find(l, nutag_callstate) ? "yes" : "no",
         tl_find(l, nutag_early_media) ? "yes" : "no",
         tl_find(l, soatag_hold) && tl_find(l, soatag_hold)->t_value ? (char const *)tl_find(l, soatag_hold)->t_value : "-");
  printf("sub_expires and substate share a name but not an object: %s\n",
         tl_find(l, nutag_sub_expires) != tl_find(l, nutag_substate) ? "yes" : "no");

  /* Namespace filters. */
  {
    tagi_t f_nua[] = { { NUTAG_ANY() }, { TAG_END() } };
    tagi_t f_soa[] = { { SOATAG_ANY() }, { TAG_END() } };
    tagi_t f_lower[] = { { NTATAG_ANY() }, { TPTAG_ANY() }, { TAG_END() } };
    tagi_t f_mixed[] = { { SOATAG_ANY() }, { NUTAG_CALLSTATE(0) }, { TPTAG_MTU(0) }, { TAG_END() } };

    f = tl_afilter(home, f_nua, l);
    names("nua only", f);
    printf("nua only: %u items\n", (unsigned)(tl_len(f) / sizeof(tagi_t)));
    f = tl_afilter(home, f_soa, l);
    names("soa only", f);
    f = tl_afilter(home, f_lower, l);
    names("nta+tport", f);
    f = tl_afilter(home, f_mixed, l);
    names("mixed", f);
    tl_print(stdout, "mixed: ", f);

    f = tl_tfilter(home, l, SOATAG_ANY(), NTATAG_SIP_T1(0), TAG_END());
    names("tfilter", f);
  }

  /* Copies keep the values (strings are duplicated). */
  d = tl_adup(home, l);
  n = 0;
  for (t = l; t && !t_end(t); t = t_next(t)) {
    tagi_t const *c = tl_find(d, t->t_tag);
    char b1[128], b2[128];
    t_snprintf(t, b1, sizeof b1);
    t_snprintf(c, b2, sizeof b2);
    if (strcmp(b1, b2) != 0) { printf("copy differs: %s / %s\n", b1, b2); n++; }
  }
  printf("adup: %d differences; user agent copied %s\n", n,
         tl_find(d, nutag_user_agent)->t_value != tl_find(l, nutag_user_agent)->t_value ? "yes" : "no");

  /* Scanning text into values of these classes. */
  {
    tag_type_t const scan[] = { nutag_session_timer, nutag_autoanswer, nutag_callstate,
                                nutag_m_username, tptag_mtu, ntatag_ua };
    char const *texts[] = { "90", "true", "8", "bob", "1400", "0" };
    size_t i;
    for (i = 0; i < sizeof scan / sizeof scan[0]; i++) {
      tag_value_t v = 0;
      tagi_t one[2];
      int r = t_scan(scan[i], home, texts[i], &v);
      one[0].t_tag = scan[i]; one[0].t_value = v;
      one[1].t_tag = NULL; one[1].t_value = 0;
      t_snprintf(one, buf, sizeof buf);
      printf("scan %s \"%s\" -> %d [%s]\n", scan[i]->tt_name, texts[i], r, r >= 0 ? buf : "");
    }
  }

  su_home_deinit(home);
  return 0;
}
