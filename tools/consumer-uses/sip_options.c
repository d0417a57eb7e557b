/* Sofia-SIP's sip-options utility (utils/sip-options.c with apps_utils.h). */
/* context_t is declared by the prelude as struct context (sip-options: struct context_s). */
struct context { su_home_t home[1]; nta_agent_t *agent; auth_client_t *auc; };

int sip_options_response(context_t *context, nta_outgoing_t *orq, sip_t const *sip);
int sip_options_response(context_t *context, nta_outgoing_t *orq, sip_t const *sip)
{
  msg_t *msg = nta_outgoing_getrequest(orq);
  sip_t *req = sip_object(msg);
  su_home_t home[1] = { SU_HOME_INIT(home) };
  if (sip->sip_status->st_status == 401 &&
      auc_challenge(&context->auc, context->home, sip->sip_www_authenticate,
                    sip_authorization_class) > 0 &&
      auc_all_credentials(&context->auc, NULL, NULL, "user", "pass") > 0 &&
      auc_authorization(&context->auc, msg, (msg_pub_t *)req, "OPTIONS",
                        req->sip_request->rq_url, req->sip_payload) > 0)
    nta_msg_request_complete(msg, NULL, SIP_METHOD_OPTIONS, NULL);
  sl_header_print(stdout, "%s", (sip_header_t *)sip->sip_from);
  nta_agent_set_params(context->agent, NTATAG_SIPFLAGS(MSG_FLG_EXTRACT_COPY),
                       NTATAG_DEFAULT_PROXY("sip:proxy"), TPTAG_HTTP_CONNECT("proxy:8080"),
                       TAG_END());
  nta_outgoing_destroy(orq);
  url_t *u = url_hdup(home, URL_STRING_MAKE("sip:a@b")->us_url);
  if (u && url_string_p(URL_STRING_MAKE("sip:b")))
    (void)url_param(u->url_params, "transport", NULL, 0);
  su_home_deinit(home);
  return sip_method_code("OPTIONS") == sip_method_options;
}

/* Every Sofia function and data object sip_options uses (counted from its sources in the shared
 * reference's usage.tsv): each must be declared by the headers it includes. */
void const *const sip_options_symbols[] = {
  (void const *)auc_all_credentials,
  (void const *)auc_authorization,
  (void const *)auc_challenge,
  (void const *)nta_agent_contact,
  (void const *)nta_agent_create,
  (void const *)nta_agent_destroy,
  (void const *)nta_agent_newtag,
  (void const *)nta_agent_set_params,
  (void const *)nta_leg_destroy,
  (void const *)nta_leg_tcreate,
  (void const *)nta_msg_request_complete,
  (void const *)nta_outgoing_destroy,
  (void const *)nta_outgoing_getrequest,
  (void const *)nta_outgoing_tcreate,
  (void const *)sip_aor_strip,
  (void const *)&sip_authorization_class,
  (void const *)sip_from_create,
  (void const *)sip_from_make,
  (void const *)sip_from_tag,
  (void const *)sip_header_remove,
  (void const *)sip_is_call_id,
  (void const *)sip_is_content_length,
  (void const *)sip_is_cseq,
  (void const *)sip_is_from,
  (void const *)sip_is_via,
  (void const *)sip_method_code,
  (void const *)sip_object,
  (void const *)&sip_proxy_authorization_class,
  (void const *)sip_to_create,
  (void const *)sl_header_print,
  (void const *)su_alloc,
  (void const *)su_deinit,
  (void const *)su_free,
  (void const *)su_home_init,
  (void const *)su_init,
  (void const *)su_root_break,
  (void const *)su_root_create,
  (void const *)su_root_destroy,
  (void const *)su_root_run,
  (void const *)su_sprintf,
  (void const *)url_hdup,
  (void const *)url_param,
  0
};
