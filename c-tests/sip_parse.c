/* Parsing whole SIP messages (msg_make) and printing them: msg_as_string in normal and
 * compact form, every fragment of the chain through sl_header_print as sip-options does,
 * and the main sip_t fields. The corpus: RFC 4475 messages both libraries handle, and
 * testdata/sip/. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/msg.h>
#include <sofia-sip/sl_utils.h>

#define TOP "../../../../testdata/"

static char const *const files[] = {
  "rfc4475/wsinv.dat", "rfc4475/esc01.dat", "rfc4475/escnull.dat",
  "rfc4475/esc02.dat", "rfc4475/lwsdisp.dat", "rfc4475/longreq.dat", "rfc4475/dblreq.dat",
  "rfc4475/semiuri.dat", "rfc4475/transports.dat", "rfc4475/unreason.dat",
  "rfc4475/noreason.dat", "rfc4475/inv2543.dat", "rfc4475/zeromf.dat", "rfc4475/cparam01.dat",
  "rfc4475/cparam02.dat", "rfc4475/regescrt.dat", "rfc4475/sdp01.dat", "rfc4475/invut.dat",
  "rfc4475/bext01.dat", "rfc4475/unkscm.dat", "rfc4475/novelsc.dat", "rfc4475/bcast.dat",
  "sip/resp200.sip", "sip/register.sip", "sip/notify.sip", "sip/lists.sip",
  NULL
};

static size_t slurp(char const *name, char *buf, size_t size)
{
  char path[512];
  FILE *f;
  size_t n;
  snprintf(path, sizeof path, TOP "%s", name);
  f = fopen(path, "rb");
  if (!f) { printf("cannot open %s\n", path); exit(2); }
  n = fread(buf, 1, size, f);
  fclose(f);
  return n;
}

static void fields(sip_t const *sip)
{
  if (sip->sip_request)
    printf("  request: %d %s %s:%s@%s\n", sip->sip_request->rq_method, sip->sip_request->rq_method_name,
           sip->sip_request->rq_url->url_scheme ? sip->sip_request->rq_url->url_scheme : "-",
           sip->sip_request->rq_url->url_user ? sip->sip_request->rq_url->url_user : "-",
           sip->sip_request->rq_url->url_host ? sip->sip_request->rq_url->url_host : "-");
  if (sip->sip_status)
    printf("  status: %d [%s]\n", sip->sip_status->st_status, sip->sip_status->st_phrase);
  for (sip_via_t *v = sip->sip_via; v; v = v->v_next)
    printf("  via: %s %s %s branch=%s rport=%s received=%s\n", v->v_protocol, v->v_host,
           v->v_port ? v->v_port : "-", v->v_branch ? v->v_branch : "-",
           v->v_rport ? v->v_rport : "-", v->v_received ? v->v_received : "-");
  if (sip->sip_from)
    printf("  from: [%s] user=%s tag=%s\n", sip->sip_from->a_display ? sip->sip_from->a_display : "(null)",
           sip->sip_from->a_url->url_user ? sip->sip_from->a_url->url_user : "-",
           sip->sip_from->a_tag ? sip->sip_from->a_tag : "-");
  if (sip->sip_to)
    printf("  to: tag=%s\n", sip->sip_to->a_tag ? sip->sip_to->a_tag : "-");
  if (sip->sip_call_id)
    printf("  call-id: %s %u\n", sip->sip_call_id->i_id, (unsigned)sip->sip_call_id->i_hash);
  if (sip->sip_cseq)
    printf("  cseq: %u %d %s\n", (unsigned)sip->sip_cseq->cs_seq, sip->sip_cseq->cs_method,
           sip->sip_cseq->cs_method_name);
  for (sip_contact_t *m = sip->sip_contact; m; m = m->m_next)
    printf("  contact: %s q=%s expires=%s\n", m->m_url->url_host ? m->m_url->url_host : "-",
           m->m_q ? m->m_q : "-", m->m_expires ? m->m_expires : "-");
  if (sip->sip_max_forwards)
    printf("  max-forwards: %lu\n", sip->sip_max_forwards->mf_count);
  if (sip->sip_content_length)
    printf("  content-length: %u\n", (unsigned)sip->sip_content_length->l_length);
  if (sip->sip_content_type)
    printf("  content-type: %s / %s\n", sip->sip_content_type->c_type, sip->sip_content_type->c_subtype);
  if (sip->sip_allow)
    printf("  allow bitmap: %x\n", (unsigned)sip->sip_allow->k_bitmap);
  if (sip->sip_payload)
    printf("  payload: %u bytes\n", (unsigned)sip->sip_payload->pl_len);
  if (sip->sip_session_expires)
    printf("  session-expires: %lu %s\n", sip->sip_session_expires->x_delta,
           sip->sip_session_expires->x_refresher ? sip->sip_session_expires->x_refresher : "-");
  if (sip->sip_replaces)
    printf("  replaces: %s to=%s from=%s early=%u\n", sip->sip_replaces->rp_call_id,
           sip->sip_replaces->rp_to_tag, sip->sip_replaces->rp_from_tag, sip->sip_replaces->rp_early_only);
  if (sip->sip_subscription_state)
    printf("  substate: %s expires=%s\n", sip->sip_subscription_state->ss_substate,
           sip->sip_subscription_state->ss_expires ? sip->sip_subscription_state->ss_expires : "-");
  if (sip->sip_event)
    printf("  event: %s id=%s\n", sip->sip_event->o_type, sip->sip_event->o_id ? sip->sip_event->o_id : "-");
  if (sip->sip_rack)
    printf("  rack: %u %u %d\n", (unsigned)sip->sip_rack->ra_response, (unsigned)sip->sip_rack->ra_cseq,
           sip->sip_rack->ra_method);
  if (sip->sip_content_disposition)
    printf("  disposition: %s handling=%s req=%u\n", sip->sip_content_disposition->cd_type,
           sip->sip_content_disposition->cd_handling ? sip->sip_content_disposition->cd_handling : "-",
           sip->sip_content_disposition->cd_required);
  for (sip_unknown_t *u = sip->sip_unknown; u; u = u->un_next)
    printf("  unknown: [%s] [%s]\n", u->un_name, u->un_value);
  {
    int n = 0;
    for (sip_error_t *e = sip->sip_error; e; e = e->er_next)
      n++;
    printf("  errors: %d\n", n);
  }
}

int main(void)
{
  static char buf[70000];
  su_home_t home[1] = { SU_HOME_INIT(home) };

  for (int i = 0; files[i]; i++) {
    size_t n = slurp(files[i], buf, sizeof buf), len = 0;
    msg_t *msg = msg_make(sip_default_mclass(), 0, buf, n);
    sip_t *sip;
    char *s;

    printf("=== %s\n", files[i]);
    if (!msg) {
      printf("no message\n");
      continue;
    }
    sip = sip_object(msg);
    printf("flags %x complete %d\n", (unsigned)sip->sip_flags & 0xffff0000, msg_is_complete(msg));
    fields(sip);
    s = msg_as_string(home, msg, NULL, 0, &len);
    printf("--- as string (%zu)\n%s", len, s ? s : "(null)\n");
    /* Sofia joins different unknown headers in compact form (a deviation): skip those. */
    if (!sip->sip_unknown) {
      s = msg_as_string(home, msg, NULL, MSG_FLG_COMPACT, &len);
      printf("--- compact (%zu)\n%s", len, s ? s : "(null)\n");
    }
    printf("--- chain\n");
    for (sip_header_t *h = (sip_header_t *)(sip->sip_request ? (void *)sip->sip_request : (void *)sip->sip_status);
         h; h = (sip_header_t *)h->sh_succ) {
      if (sip_is_payload(h) || sip_is_separator(h))
        continue;
      if (h->sh_class->hc_name == NULL)
        sl_header_print(stdout, NULL, h);
      else if (h->sh_class->hc_name[0] == '\0')
        sl_header_print(stdout, "%s\n", h);
      else {
        char fmt[80];
        snprintf(fmt, sizeof fmt, "%s: %%s\n", h->sh_class->hc_name);
        sl_header_print(stdout, fmt, h);
      }
    }
    msg_destroy(msg);
  }
  su_home_deinit(home);
  return 0;
}
