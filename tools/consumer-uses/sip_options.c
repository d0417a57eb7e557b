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
