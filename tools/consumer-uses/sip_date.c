/* Sofia-SIP's sip-date utility. */
int sip_date_uses(char const *s, char buf[], size_t n);
int sip_date_uses(char const *s, char buf[], size_t n)
{
  msg_time_t t = 0;
  char const *p = s;
  if (msg_date_d(&p, &t) < 0 && msg_delta_d(&p, &t) < 0)
    return -1;
  return (int)msg_date_e(buf, n, t) + (int)sip_now();
}
