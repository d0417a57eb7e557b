/* Identifiers FreeSWITCH's mod_sofia takes from the headers it includes (its own code
 * shapes, written for this check).  CHECK_ABI_1_12: compiled for the 1.12 flavour, where
 * the fork-only API does not exist. */
extern su_log_t tport_log[];
extern su_log_t nea_log[];
extern su_log_t nta_log[];
extern su_log_t nua_log[];
extern su_log_t soa_log[];
extern su_log_t sresolv_log[];
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
  if (ev && ev->e_event == nua_i_invite && sip->sip_payload && sip->sip_content_type)
    su_log_set_level(su_log_default, 3);
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
