/* GNOME Calls' SIP provider (plugins/provider/sip). */
void gnome_calls_uses(nua_t *nua, nua_handle_t *nh, sip_t const *sip, tagi_t tags[]);
void gnome_calls_uses(nua_t *nua, nua_handle_t *nh, sip_t const *sip, tagi_t tags[])
{
  int major, minor, patch;
  int state = nua_callstate_init;
  char const *sdp_str = NULL;
  sdp_session_t *session = NULL;
  sdp_media_t *m;
  if (sscanf(SOFIA_SIP_VERSION, "%d.%d.%d", &major, &minor, &patch) == 3 && major == 1)
    tl_print(stdout, "", tags);
  tl_gets(tags, NUTAG_CALLSTATE_REF(state), SOATAG_REMOTE_SDP_STR_REF(sdp_str), TAG_END());
  for (m = session ? session->sdp_media : NULL; m; m = m->m_next)
    (void)m->m_attributes;
  nua_set_params(nua, NUTAG_MEDIA_ENABLE(1), SOATAG_AF(SOA_AF_IP4_IP6),
                 NUTAG_AUTOANSWER(0), NTATAG_MAX_FORWARDS(70), TAG_END());
  if (sip && msg_params_find(sip->sip_from->a_params, "tag="))
    nua_handle_unref(nh);
  su_root_t *root = su_glib_root_create(NULL);
  GSource *source = su_glib_root_gsource(root);
  su_guid_t guid;
  su_guid_generate(&guid);
  su_root_step(root, 0);
  (void)source;
}
