/* Shared by the event-server c-tests (nua_notifier, nua_notifier_cases): one event as a
 * trace line of its agent (nua_trace.h): event, status, phrase, the handle's name, the
 * message's method or status, Event, Subscription-State (expires values left out),
 * Expires, Accept, Allow-Events, Content-Type and body, then the tag names and
 * NUTAG_SUBSTATE. Returns NUTAG_SUBSTATE (-1 without) and NEATAG_SUB in *sub. Include after
 * nua_trace.h and <sofia-sip/nea_tag.h>. */
#ifndef C_TESTS_NUA_SUB_TRACE_H
#define C_TESTS_NUA_SUB_TRACE_H

static int out_sub_event(struct agent *a, nua_event_t event, int status, char const *phrase, char const *nh_name,
                         sip_t const *sip, tagi_t const tags[], void **sub)
{
  tagi_t const *t;
  int substate = -1;

  *sub = NULL;
  out(a, "%s %d %s nh=%s", nua_event_name(event), status, phrase ? phrase : "(null)", nh_name);
  if (sip) {
    if (sip->sip_request)
      out(a, " req=%s", sip->sip_request->rq_method_name);
    if (sip->sip_status)
      out(a, " resp=%d", sip->sip_status->st_status);
    if (sip->sip_event)
      out(a, " event=%s", sip->sip_event->o_type);
    if (sip->sip_subscription_state) {
      msg_param_t const *p;
      out(a, " ss=%s", sip->sip_subscription_state->ss_substate);
      for (p = sip->sip_subscription_state->ss_params; p && *p; p++)
        out(a, ";%s", strncmp(*p, "expires=", 8) == 0 ? "expires" : *p);
    }
    if (sip->sip_expires)
      out(a, " expires=%s", sip->sip_expires->ex_delta ? "yes" : "0");
    if (sip->sip_accept)
      out(a, " accept=%s", sip->sip_accept->ac_type);
    if (sip->sip_allow_events)
      out(a, " allow-events=yes");
    if (sip->sip_content_type)
      out(a, " ct=%s", sip->sip_content_type->c_type);
    if (sip->sip_payload)
      out(a, " body=%.*s", (int)sip->sip_payload->pl_len, sip->sip_payload->pl_data);
  }
  tl_gets(tags, NUTAG_SUBSTATE_REF(substate), NEATAG_SUB_REF(*sub), TAG_END());
  out(a, " tags:");
  for (t = tags; t && t->t_tag; t = tl_next(t))
    out(a, " %s", t->t_tag->tt_name);
  if (substate >= 0)
    out(a, " substate=%s", nua_substate_name(substate));
  out(a, "\n");
  return substate;
}

#endif
