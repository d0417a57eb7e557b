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

/* Every Sofia function and data object gnome_calls uses (counted from its sources in the shared
 * reference's usage.tsv): each must be declared by the headers it includes. */
void const *const gnome_calls_symbols[] = {
  (void const *)msg_params_find,
  (void const *)nua_authenticate,
  (void const *)nua_bye,
  (void const *)nua_cancel,
  (void const *)nua_create,
  (void const *)nua_destroy,
  (void const *)nua_generate_instance_identifier,
  (void const *)nua_get_params,
  (void const *)nua_handle,
  (void const *)nua_handle_destroy,
  (void const *)nua_handle_unref,
  (void const *)nua_invite,
  (void const *)nua_register,
  (void const *)nua_respond,
  (void const *)nua_shutdown,
  (void const *)nua_unregister,
  (void const *)&siptag_from_str,
  (void const *)su_home_init,
  (void const *)su_home_unref,
  (void const *)su_init,
  (void const *)su_root_destroy,
  (void const *)su_root_step,
  (void const *)su_zalloc,
  (void const *)tl_find,
  (void const *)tl_gets,
  (void const *)tl_print,
  0
};
