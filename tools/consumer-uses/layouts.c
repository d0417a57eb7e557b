/* Sizes, offsets and constants of the types and macros of the headers added for the
 * consumers; tools/check-consumer-includes prints them with our headers (1.12 flavour) and
 * with Debian's, and compares. */
#include <stdio.h>
#include <stddef.h>
#include <netinet/in.h>
#include <sofia-sip/su_config.h>
#include <sofia-sip/sofia_features.h>
#include <sofia-sip/auth_module.h>
#include <sofia-sip/nea.h>
#include <sofia-sip/msg_parser.h>
#include <sofia-sip/sip_parser.h>
#include <sofia-sip/tport.h>
#include <sofia-sip/su_localinfo.h>

#define SZ(t) printf("sizeof %s %zu\n", #t, sizeof(t))
#define OFF(t, f) printf("offsetof %s.%s %zu\n", #t, #f, offsetof(t, f))
#define VAL(x) printf("%s %ld\n", #x, (long)(x))
#define STR(x) printf("%s \"%s\"\n", #x, x)

int main(void)
{
  STR(SOFIA_SIP_VERSION); STR(SOFIA_SIP_NAME_VERSION);
  SZ(auth_status_t); OFF(auth_status_t, as_status); OFF(auth_status_t, as_user_uri);
  OFF(auth_status_t, as_source); OFF(auth_status_t, as_body); OFF(auth_status_t, as_nonce_issued);
  OFF(auth_status_t, as_blacklist); OFF(auth_status_t, as_response); OFF(auth_status_t, as_plugin);
  SZ(auth_challenger_t); OFF(auth_challenger_t, ach_header); OFF(auth_challenger_t, ach_info);
  VAL(auth_server); VAL(auth_proxy); VAL(auth_proxy_consume); VAL(auth_consume);
  SZ(nea_subnode_t); OFF(nea_subnode_t, sn_subscriber); OFF(nea_subnode_t, sn_content_type);
  OFF(nea_subnode_t, sn_expires); OFF(nea_subnode_t, sn_notified); OFF(nea_subnode_t, sn_view);
  VAL(NEA_DEFAULT_EXPIRES); STR(NEA_VERSION_STR);
  VAL(nea_extended); VAL(nea_embryonic); VAL(nea_pending); VAL(nea_active); VAL(nea_terminated);
  VAL(MSG_PARAMS_NUM(1)); VAL(MSG_PARAMS_NUM(8)); VAL(MSG_PARAMS_NUM(9)); VAL(SIP_N_PARAMS);
  VAL(MSG_STRING_SIZE("abc")); VAL(MSG_STRING_LEN("abc", 2));
  {
    msg_param_t params[] = { "a=1", "bb", NULL };
    VAL(msg_params_count(params)); VAL(msg_params_dup_xtra(params, 3));
    char buf[4], *p = buf, *e = buf + sizeof buf, *d = NULL, copy[8], *q = copy;
    MSG_STRING_E(p, e, "ab"); MSG_CHAR_E(p, e, 'c'); MSG_TERM_E(p, e);
    printf("encoded %s %ld\n", buf, (long)(p - buf));
    MSG_STRING_DUP(q, d, "xyz");
    printf("dup %s %ld\n", d, (long)(q - copy));
  }
  {
    char const *v = NULL; int flag = 0;
    MSG_PARAM_MATCH(v, "Transport=tcp", "transport");
    MSG_PARAM_MATCH_P(flag, "lr", "lr");
    printf("match %s %d\n", v, flag);
  }
  STR(CTL); STR(LWS); STR(ALPHANUM); STR(HEX); STR(SIP_TOKEN); STR(SIP_SEPARATOR); STR(SIP_WORD);
  STR(URL_RESERVED); STR(URL_UNRESERVED); STR(URL_DELIMS); STR(URL_UNWISE); STR(URL_SCHEME);
  SZ(tport_stack_class_t); OFF(tport_stack_class_t, tpac_alloc); SZ(tp_name_t);
  OFF(tp_name_t, tpn_comp); VAL(TPORT_QUEUESIZE); VAL(TPORT_HOSTPORTSIZE);
  VAL(TP_AI_COMPRESSED); VAL(TP_AI_SECURE); VAL(TP_AI_SHUTDOWN); VAL(TP_AI_CLOSE);
  VAL(TP_AI_ANY); VAL(TP_AI_MASK); STR(TPN_FORMAT);
  {
    tp_name_t n = { "tls", "c", "h", "5061", "sigcomp", "id" };
    printf(TPN_FORMAT "\n", TPN_ARGS(&n));
  }
  SZ(su_localinfo_t); OFF(su_localinfo_t, li_addrlen); OFF(su_localinfo_t, li_addr);
  OFF(su_localinfo_t, li_next); OFF(su_localinfo_t, li_ifname);
  VAL(LI_V4MAPPED); VAL(LI_CANONNAME); VAL(LI_NAMEREQD); VAL(LI_NUMERIC); VAL(LI_DOWN);
  VAL(LI_IFNAME); VAL(LI_SCOPE_HOST); VAL(LI_SCOPE_LINK); VAL(LI_SCOPE_SITE);
  VAL(LI_SCOPE_GLOBAL); VAL(ELI_NOADDRESS); VAL(ELI_MEMORY); VAL(ELI_FAMILY);
  VAL(ELI_RESOLVER); VAL(ELI_SYSTEM); VAL(ELI_BADHINTS); VAL(ELI_NOERROR);
  return 0;
}
