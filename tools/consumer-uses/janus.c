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

/* Every Sofia function and data object janus uses (counted from its sources in the shared
 * reference's usage.tsv): each must be declared by the headers it includes. */
void const *const janus_symbols[] = {
  (void const *)msg_as_string,
  (void const *)msg_params_find,
  (void const *)nua_ack,
  (void const *)nua_authenticate,
  (void const *)nua_bye,
  (void const *)nua_callstate_name,
  (void const *)nua_create,
  (void const *)nua_current_request,
  (void const *)nua_destroy,
  (void const *)nua_event_name,
  (void const *)nua_get_params,
  (void const *)nua_handle,
  (void const *)nua_handle_bind,
  (void const *)nua_handle_destroy,
  (void const *)nua_handle_make_replaces,
  (void const *)nua_info,
  (void const *)nua_invite,
  (void const *)nua_message,
  (void const *)nua_notify,
  (void const *)nua_refer,
  (void const *)nua_register,
  (void const *)nua_respond,
  (void const *)nua_save_event,
  (void const *)nua_shutdown,
  (void const *)nua_subscribe,
  (void const *)nua_substate_name,
  (void const *)nua_unregister,
  (void const *)&nutag_callstate,
  (void const *)&nutag_substate,
  (void const *)sip_header_as_string,
  (void const *)sip_headers_as_url_query,
  (void const *)sip_refer_to_format,
  (void const *)sip_status_phrase,
  (void const *)&siptag_from_str,
  (void const *)su_deinit,
  (void const *)su_free,
  (void const *)su_home_deinit,
  (void const *)su_home_init,
  (void const *)su_home_unref,
  (void const *)su_init,
  (void const *)su_log_redirect,
  (void const *)su_root_break,
  (void const *)su_root_create,
  (void const *)su_root_destroy,
  (void const *)su_root_run,
  (void const *)tl_find,
  (void const *)url_as_string,
  (void const *)url_d,
  (void const *)url_query_as_header_string,
  0
};
