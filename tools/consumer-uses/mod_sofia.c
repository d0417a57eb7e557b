/* Identifiers FreeSWITCH's mod_sofia takes from the headers it includes (its own code
 * shapes, written for this check).  CHECK_ABI_1_12: compiled for the 1.12 flavour, where
 * the fork-only API does not exist. */
/* sofia.c declares the library's log objects itself */
extern su_log_t tport_log[];
extern su_log_t iptsec_log[];
extern su_log_t nea_log[];
extern su_log_t nta_log[];
extern su_log_t nth_client_log[];
extern su_log_t nth_server_log[];
extern su_log_t nua_log[];
extern su_log_t soa_log[];
extern su_log_t sresolv_log[];
extern su_log_t stun_log[];
extern su_log_t su_log_default[];

struct sofia_profile { nua_t *nua; su_home_t *home; };
struct sofia_private { int destroy_me; };

void mod_sofia_uses(nua_t *nua, nua_handle_t *nh, sip_t const *sip, msg_t *msg,
                    nua_event_data_t const *ev, sres_record_t *rr);
void mod_sofia_uses(nua_t *nua, nua_handle_t *nh, sip_t const *sip, msg_t *msg,
                    nua_event_data_t const *ev, sres_record_t *rr)
{
  sofia_profile_t *profile = nua_magic(nua);
  sofia_private_t *priv = nua_handle_magic(nh);
  su_md5_t md5;
  char digest[SU_MD5_DIGEST_SIZE * 2 + 1];
  su_strlst_t *list = su_strlst_create(profile ? profile->home : NULL);
  sip_p_asserted_identity_t *pai = sip_p_asserted_identity(sip);
  sip_remote_party_id_t *rpid = sip_remote_party_id(sip);
  su_addrinfo_t *ai = msg_addrinfo(msg);
  char const *tag = msg_params_find(sip->sip_to->a_params, "tag=");
  enum nua_callstate ss = nua_callstate_ready;
  nea_state_t ns = nea_active;
  sdp_parser_t *parser = sdp_parse(NULL, "v=0\r\n", 5, sdp_f_insane);
  sdp_session_t *sdp = sdp_session(parser);

  (void)priv; (void)pai; (void)rpid; (void)ai; (void)tag; (void)ss; (void)ns; (void)sdp;
  su_md5_init(&md5);
  su_md5_strupdate(&md5, "user:realm:pass");
  su_md5_hexdigest(&md5, digest);
  sdp_parser_free(parser);
  su_strlst_destroy(list);

  nua_respond(nh, SIP_200_OK,
              NUTAG_WITH_THIS(nua),
              TAG_IF(sip->sip_from && sip->sip_from->a_url->url_user,
                     SIPTAG_CONTACT_STR("<sip:fs@127.0.0.1>")),
              SIPTAG_HEADER_STR("X-FS: 1"),
              SOATAG_USER_SDP_STR("v=0"),
              SOATAG_REUSE_REJECTED(1),
              NUTAG_AUTOANSWER(0),
              TAG_END());
  nua_set_params(nua,
                 NTATAG_UDP_MTU(65535),
                 TPTAG_TLS_VERIFY_POLICY(TPTLS_VERIFY_NONE),
                 NUTAG_OUTBOUND("no-options-keepalive"),
                 NUTAG_SESSION_TIMER(0),
                 TAG_NULL());
  if (ev && ev->e_event == nua_i_invite && sip->sip_payload && sip->sip_content_type) {
    su_log_set_level(su_log_default, 3);
    su_log_redirect(tport_log, NULL, NULL);
    su_log_redirect(iptsec_log, NULL, NULL);
    su_log_redirect(nth_client_log, NULL, NULL);
    su_log_redirect(nth_server_log, NULL, NULL);
    su_log_redirect(stun_log, NULL, NULL);
    su_log_redirect(nea_log, NULL, NULL);
    su_log_redirect(nta_log, NULL, NULL);
    su_log_redirect(nua_log, NULL, NULL);
    su_log_redirect(soa_log, NULL, NULL);
    su_log_redirect(sresolv_log, NULL, NULL);
  }
  if (rr && rr->sr_record->r_type == sres_type_srv && rr->sr_srv->srv_port == 5060)
    return;
  if (host_is_ip_address(sip->sip_via->v_host) && sip->sip_call_id->i_id)
    nua_handle_destroy(nh);
#ifndef CHECK_ABI_1_12
  if (sip->sip_identity)
    nua_handle_unref_user(nh);
  su_free(nua_handle_get_home(nh), NULL);
  nua_set_params(nua, SIPTAG_IDENTITY_STR("x"), NUTAG_WS_URL("sip:*:5066;transport=ws"),
                 TPTAG_CAPT("udp:127.0.0.1:9060"), TAG_END());
  sip_cloned_parser_destroy();
#endif
}

/* Every Sofia function and data object mod_sofia uses (counted from its sources in the shared
 * reference's usage.tsv): each must be declared by the headers it includes. */
void const *const mod_sofia_symbols[] = {
  (void const *)host_is_domain,
  (void const *)host_is_ip_address,
  (void const *)msg_addrinfo,
  (void const *)msg_header_field_e,
  (void const *)msg_params_find,
  (void const *)msg_ref_create,
  (void const *)msg_ref_destroy,
  (void const *)nta_agent_via,
  (void const *)nta_leg_get_tag,
  (void const *)nua_ack,
  (void const *)nua_authenticate,
  (void const *)nua_bye,
  (void const *)nua_callstate_name,
  (void const *)nua_cancel,
  (void const *)nua_create,
  (void const *)nua_destroy,
  (void const *)nua_destroy_event,
  (void const *)nua_event_data,
  (void const *)nua_event_name,
  (void const *)nua_handle,
  (void const *)nua_handle_bind,
  (void const *)nua_handle_by_call_id,
  (void const *)nua_handle_by_replaces,
  (void const *)nua_handle_destroy,
  (void const *)nua_handle_magic,
  (void const *)nua_handle_ref,
  (void const *)nua_info,
  (void const *)nua_invite,
  (void const *)nua_message,
  (void const *)nua_notify,
  (void const *)nua_options,
  (void const *)nua_refer,
  (void const *)nua_register,
  (void const *)nua_respond,
  (void const *)nua_save_event,
  (void const *)nua_set_hparams,
  (void const *)nua_set_params,
  (void const *)nua_shutdown,
  (void const *)nua_subscribe,
  (void const *)nua_unregister,
  (void const *)nua_unsubscribe,
  (void const *)nua_update,
  (void const *)&nutag_with,
  (void const *)&sip_180_Ringing,
  (void const *)&sip_183_Session_progress,
  (void const *)sip_contact_add_param,
  (void const *)sip_cseq_create,
  (void const *)sip_extend_mclass,
  (void const *)sip_header_as_string,
  (void const *)sip_object,
  (void const *)sip_replaces_make,
  (void const *)sip_status_phrase,
  (void const *)sip_to_tag,
  (void const *)sip_update_default_mclass,
  (void const *)&siptag_contact_str,
  (void const *)&soa_log,
  (void const *)sres_blocking_query,
  (void const *)sres_free_answers,
  (void const *)sres_resolver_new,
  (void const *)sres_resolver_unref,
  (void const *)sres_sort_answers,
  (void const *)su_alloc,
  (void const *)su_casematch,
  (void const *)su_casenmatch,
  (void const *)su_deinit,
  (void const *)su_free,
  (void const *)su_guid_generate,
  (void const *)su_guid_sprintf,
  (void const *)su_home_new,
  (void const *)su_home_ref,
  (void const *)su_home_unref,
  (void const *)su_init,
  (void const *)&su_log_default,
  (void const *)su_log_redirect,
  (void const *)su_log_set_level,
  (void const *)su_root_break,
  (void const *)su_root_create,
  (void const *)su_root_destroy,
  (void const *)su_root_step,
  (void const *)su_strcat,
  (void const *)su_strdup,
  (void const *)su_strlst_dup_split,
  (void const *)su_strndup,
  (void const *)tl_gets,
  (void const *)url_hdup,
  (void const *)url_param,
  (void const *)url_port,
  (void const *)url_sanitize,
  (void const *)url_unescape,
#ifndef CHECK_ABI_1_12
  (void const *)nua_get_agent,
  (void const *)nua_get_dialog_state_leg,
  (void const *)nua_get_home,
  (void const *)nua_handle_dialog_usage_set_refresh_range,
  (void const *)nua_handle_get_home,
  (void const *)nua_handle_is_destroyed,
  (void const *)nua_handle_set_has_invite,
  (void const *)nua_handle_unref_user,
  (void const *)nua_reload_tls,
  (void const *)nua_unref_user,
  (void const *)sip_cloned_parser_destroy,
  (void const *)su_set_time_func,
#endif
  0
};
