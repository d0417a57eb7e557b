/* FreeSWITCH core (switch_core_media.c, switch_sdp.c): the SDP parser and its structs. */
void fs_core_uses(su_home_t *home, char const *text);
void fs_core_uses(su_home_t *home, char const *text)
{
  sdp_parser_t *parser = sdp_parse(home, text, (issize_t)strlen(text), 0);
  sdp_session_t *sdp = sdp_session(parser);
  sdp_media_t *m;
  sdp_attribute_t *a;
  for (m = sdp ? sdp->sdp_media : NULL; m; m = m->m_next) {
    if (m->m_type == sdp_media_audio && m->m_proto == sdp_proto_rtp && m->m_mode == sdp_sendrecv)
      for (a = m->m_attributes; a; a = a->a_next)
        if (a->a_name && a->a_value && m->m_rtpmaps && m->m_rtpmaps->rm_pt < 128)
          (void)m->m_port;
    if (m->m_connections && m->m_connections->c_addrtype == sdp_addr_ip4)
      (void)m->m_connections->c_address;
  }
  if (!parser || sdp_parsing_error(parser))
    return;
  sdp_parser_free(parser);
}
