/* MD5 digests (plain, case-folding, string forms) and unique identifiers. */
#include <stdio.h>
#include <string.h>
#include <sofia-sip/su_md5.h>
#include <sofia-sip/su_uniqueid.h>

static void show(char const *what, su_md5_t *c)
{
  char hex[2 * SU_MD5_DIGEST_SIZE + 1];
  su_md5_hexdigest(c, hex);
  printf("%-12s %s\n", what, hex);
}

int main(void)
{
  su_md5_t c;
  char big[1000], buf[64];
  unsigned char dg[SU_MD5_DIGEST_SIZE];
  su_guid_t g1, g2;
  int i, lo = 1000, hi = -1000, n;

  for (i = 0; i < 1000; i++) big[i] = (char)(i * 7);
  su_md5_init(&c); show("empty", &c);
  su_md5_init(&c); su_md5_update(&c, "abc", 3); show("abc", &c);
  su_md5_init(&c); su_md5_iupdate(&c, "ABC", 3); show("iABC", &c);
  su_md5_init(&c); su_md5_update(&c, "ABC", 3); show("ABC", &c);
  su_md5_init(&c); su_md5_strupdate(&c, "abc"); show("str", &c);
  su_md5_init(&c); su_md5_str0update(&c, "abc"); show("str0", &c);
  su_md5_init(&c); su_md5_str0update(&c, NULL); show("str0 NULL", &c);
  su_md5_init(&c); su_md5_strupdate(&c, NULL); show("str NULL", &c);
  su_md5_init(&c); su_md5_striupdate(&c, "AbC"); show("stri", &c);
  su_md5_init(&c); su_md5_stri0update(&c, "AbC"); show("stri0", &c);
  su_md5_init(&c); SU_MD5_STRUPDATE(&c, "abc"); SU_MD5_STR0UPDATE(&c, "x"); show("macros", &c);
  su_md5_init(&c); su_md5_update(&c, big, 1000); show("1000 bytes", &c);
  su_md5_init(&c);
  for (i = 0; i < 1000; i += 37) su_md5_update(&c, big + i, i + 37 > 1000 ? 1000 - i : 37);
  show("in chunks", &c);
  for (i = 55; i <= 65; i++) { su_md5_init(&c); su_md5_update(&c, big, i); sprintf(buf, "%d bytes", i); show(buf, &c); }
  su_md5_init(&c); su_md5_update(&c, "abc", 3); su_md5_digest(&c, dg);
  printf("digest %02x..%02x\n", dg[0], dg[15]);
  show("after digest", &c);
  su_md5_deinit(&c);
  printf("deinit zeroes: %d\n", c.buf[0] == 0 && c.bits[0] == 0 && c.in[0] == 0);
  printf("sizeof su_md5_t %u su_guid_t %u strlen %d\n", (unsigned)sizeof(su_md5_t), (unsigned)sizeof(su_guid_t), su_guid_strlen);

  su_guid_generate(&g1); su_guid_generate(&g2);
  n = su_guid_sprintf(buf, sizeof buf, &g1);
  printf("guid: n %d len %u dashes %c%c%c%c distinct %d\n", n, (unsigned)strlen(buf), buf[8], buf[13], buf[18], buf[23],
         memcmp(&g1, &g2, sizeof g1) != 0);
  for (i = 0; i < 20000; i++) { int r = su_randint(3, 7); if (r < lo) lo = r; if (r > hi) hi = r; }
  printf("randint range %d..%d\n", lo, hi);
  printf("randmem returns its argument: %d\n", su_randmem(buf, 10) == buf);
  return 0;
}
