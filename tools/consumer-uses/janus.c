/* Janus' SIP plugin (janus_sip.c); its magic types are (re)defined after the includes. */
typedef struct ssip_s ssip_t;
typedef struct ssip_oper_s ssip_oper_t;
#undef SU_ROOT_MAGIC_T
#define SU_ROOT_MAGIC_T ssip_t
#undef NUA_MAGIC_T
#define NUA_MAGIC_T ssip_t
#undef NUA_HMAGIC_T
#define NUA_HMAGIC_T ssip_oper_t

void janus_uses(nua_t *nua, nua_handle_t *nh, sip_t const *sip, tagi_t tags[], int status);
void janus_uses(nua_t *nua, nua_handle_t *nh, sip_t const *sip, tagi_t tags[], int status)
{
  char const *version = SOFIA_SIP_VERSION;
  char *from = url_as_string(NULL, sip->sip_from->a_url);
  tagi_t const *t = tl_find(tags, nutag_callstate);
  sip_www_authenticate_t const *www = sip->sip_www_authenticate;
  sip_proxy_authenticate_t const *proxy = sip->sip_proxy_authenticate;
  (void)version; (void)t; (void)www; (void)proxy;
  if (nua_event_name(nua_r_register) && sip_status_phrase(status))
    nua_respond(nh, status, sip_status_phrase(status),
                SIPTAG_CONTENT_TYPE_STR("application/sdp"),
                SIPTAG_PAYLOAD_STR("v=0"),
                TAG_IF(from, SIPTAG_TO_STR(from)),
                NUTAG_AUTOANSWER(0),
                TAG_END());
  nua_invite(nh, SOATAG_USER_SDP_STR("v=0"), NUTAG_PROXY("sip:proxy"), NTATAG_CANCEL_2543(1),
             TPTAG_KEEPALIVE(0), TAG_END());
  if (msg_params_find(sip->sip_to->a_params, "tag="))
    nua_handle_destroy(nh);
  su_free(NULL, from);
  su_log_set_level(NULL, 0);
  (void)nua;
}
