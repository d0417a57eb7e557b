/* Sofia-SIP's sip-dig utility (FreeSWITCH carries a copy in mod_sofia). */
int sip_dig_uses(sres_resolver_t *res, su_home_t *home, char const *name);
int sip_dig_uses(sres_resolver_t *res, su_home_t *home, char const *name)
{
  sres_record_t **answers = NULL;
  url_t *uri = url_hdup(home, URL_STRING_MAKE(name)->us_url);
  int i;
  if (!uri || host_is_ip_address(uri->url_host) || !su_casematch(uri->url_scheme, "sip"))
    return 0;
  if (sres_blocking_query(res, sres_type_naptr, uri->url_host, 0, &answers) < 0)
    return -1;
  sres_sort_answers(res, answers);
  for (i = 0; answers && answers[i]; i++) {
    sres_record_t const *rr = answers[i];
    if (rr->sr_record->r_status == 0 && rr->sr_record->r_type == sres_type_naptr)
      (void)rr->sr_naptr->na_services;
    else if (rr->sr_record->r_type == sres_type_a)
      (void)rr->sr_a->a_addr;
  }
  sres_free_answers(res, answers);
  return 1;
}
