/* telepathy-rakia (rakia/, src/). */
struct _RakiaBaseConnection { nua_t *sofia_nua; };
struct _RakiaEventTarget { int unused; };
struct _RakiaConnectionManager { su_root_t *sofia_root; };

void rakia_uses(struct _RakiaBaseConnection *conn, nua_handle_t *nh, sip_t const *sip);
void rakia_uses(struct _RakiaBaseConnection *conn, nua_handle_t *nh, sip_t const *sip)
{
  struct _RakiaEventTarget *target = nua_handle_magic(nh);
  struct _RakiaBaseConnection *magic = nua_magic(conn->sofia_nua);
  char *s = sip_header_as_string(NULL, (sip_header_t const *)sip->sip_from);
  (void)target; (void)magic;
  nua_message(nh, SIPTAG_CONTENT_TYPE_STR("text/plain"), SIPTAG_PAYLOAD_STR(s),
              TPTAG_KEEPALIVE(0), TAG_END());
  tl_print(stderr, "", NULL);
  if (msg_header_find_param(sip->sip_contact->m_common, "expires"))
    su_free(NULL, s);
  (void)sip_status_phrase(200);
  if (!su_glib_root_create(NULL))
    sres_resolver_destroy(sres_resolver_new(NULL));
}
