/* The in-place token parsers (msg_token_d, msg_uint32_d, msg_quoted_d, msg_comment_d,
 * msg_firstline_d, sip_method_d) on tricky inputs: return value, what they took and
 * where the cursor stopped; and the encoders msg_unquoted_e (also into short buffers),
 * msg_params_e and msg_object_e. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_alloc.h>
#include <sofia-sip/sip.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/sip_parser.h>
#include <sofia-sip/msg.h>
#include <sofia-sip/msg_header.h>
#include <sofia-sip/msg_parser.h>

static char const *s_(char const *s) { return s ? s : "(null)"; }

int main(void)
{
  su_home_t home[1] = { SU_HOME_INIT(home) };
  char const *inputs[] = {
    "token rest", "tok\t \r\n next", "tok", "  lead", "a/b", "12 x", "0", "4294967295",
    "4294967296", "12x", "\"quoted \\\" str\"  after", "\"unterminated", "\"q\"x",
    "(a (nested) comment)  tail", "(open", "INVITE sip:a@b SIP/2.0", "SIP/2.0 200 OK",
    "FOO  bar", "INVITEx y", "BYE", "ACK\r\n", "bad@method x", "", NULL
  };
  int i;

  for (i = 0; inputs[i]; i++) {
    char buf[128], *s;
    char const *tok = NULL;
    char *q = NULL, *p2 = NULL, *p3 = NULL;
    uint32_t v = 0;
    issize_t n;

    printf("input \"%s\"\n", inputs[i]);
    strcpy(buf, inputs[i]); s = buf;
    n = msg_token_d(&s, &tok);
    printf("  token_d: %d [%s] at %d\n", (int)n, n >= 0 ? s_(tok) : "-", (int)(s - buf));
    strcpy(buf, inputs[i]); s = buf;
    n = msg_uint32_d(&s, &v);
    printf("  uint32_d: %d %u at %d\n", (int)n, n >= 0 ? v : 0, (int)(s - buf));
    strcpy(buf, inputs[i]); s = buf;
    n = msg_quoted_d(&s, &q);
    printf("  quoted_d: %d [%s] at %d\n", (int)n, n >= 0 ? s_(q) : "-", (int)(s - buf));
    if (inputs[i][0] == '(') {
      strcpy(buf, inputs[i]); s = buf; tok = NULL;
      n = msg_comment_d(&s, &tok);
      printf("  comment_d: %d [%s] at %d\n", (int)n, n >= 0 ? s_(tok) : "-", (int)(s - buf));
    }
    strcpy(buf, inputs[i]);
    n = msg_firstline_d(buf, &p2, &p3);
    printf("  firstline_d: %d", (int)n);
    if (n >= 0)
      printf(" [%s] [%s] [%s]", buf, s_(p2), s_(p3));
    printf("\n");
    strcpy(buf, inputs[i]); s = buf; tok = NULL;
    n = sip_method_d(&s, &tok);
    printf("  method_d: %d [%s] at %d\n", (int)n, n >= 0 ? s_(tok) : "-", (int)(s - buf));
    strcpy(buf, inputs[i]); s = buf;
    n = sip_method_d(&s, NULL);
    printf("  method_d no name: %d at %d [%s]\n", (int)n, (int)(s - buf), buf);
  }

  {
    char const *texts[] = { "plain", "with \"quotes\" and \\ back", "", "\"\\", NULL };
    for (i = 0; texts[i]; i++) {
      char b[64];
      int sizes[] = { 64, 0, 1, 3, 8 };
      int j;
      for (j = 0; j < 5; j++) {
        issize_t n;
        memset(b, '#', sizeof b);
        n = msg_unquoted_e(j == 1 ? NULL : b, sizes[j], texts[i]);
        printf("unquoted_e(%d) \"%s\": %d [%.*s]\n", sizes[j], texts[i], (int)n,
               sizes[j] < (int)n ? sizes[j] : (int)n, j == 1 ? "" : b);
      }
    }
  }
  {
    msg_param_t const params[] = { "lr", "", "transport=tcp", "x=\"a b\"", NULL };
    char b[64];
    isize_t n = msg_params_e(b, sizeof b, params);
    printf("params_e: %d [%.*s]\n", (int)n, (int)n, b);
    printf("params_e null: %d\n", (int)msg_params_e(b, sizeof b, NULL));
  }
  {
    static char const req[] =
      "OPTIONS sip:x@example.org SIP/2.0\r\n"
      "Via: SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1\r\n"
      "From: <sip:a@b>;tag=1\r\n"
      "To: <sip:x@example.org>\r\n"
      "Call-ID: abc\r\n"
      "CSeq: 1 OPTIONS\r\n"
      "Content-Type: text/plain\r\n"
      "Content-Length: 5\r\n"
      "\r\n"
      "hello";
    msg_t *msg = msg_make(sip_default_mclass(), 0, req, strlen(req));
    char b[1024];
    issize_t n = msg_object_e(b, sizeof b, msg_object(msg), 0);
    printf("object_e: %d\n%.*s\n--\n", (int)n, (int)n, b);
    n = msg_object_e(b, sizeof b, msg_object(msg), MSG_FLG_COMPACT);
    printf("object_e compact: %d\n%.*s\n--\n", (int)n, (int)n, b);
    printf("object_e short: %d\n", (int)msg_object_e(b, 10, msg_object(msg), 0));
    msg_destroy(msg);
  }
  su_home_deinit(home);
  return 0;
}
