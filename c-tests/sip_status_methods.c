/* sip_status.h and the method functions of sip_header.h: every code 100..699 through
 * sip_status_phrase(), the SIP_NNN_XXX pairs and their phrase objects, method names and
 * codes (known, case variants, extension and invalid names), the protocol strings.
 * Extension names that begin like a known method but are shorter than it are left out:
 * 1.12.11 calls them invalid (docs/deviations.md, c-tests/msgutil_ours.c). */
#include <stdio.h>
#include <string.h>

#include <sofia-sip/sip_status.h>
#include <sofia-sip/sip_header.h>

struct pair { int code; char const *phrase; char const *name; };

#define P(x, name) { x, name }
static struct pair const pairs[] = {
  P(SIP_100_TRYING, "SIP_100_TRYING"),
  P(SIP_180_RINGING, "SIP_180_RINGING"),
  P(SIP_181_CALL_IS_BEING_FORWARDED, "SIP_181_CALL_IS_BEING_FORWARDED"),
  P(SIP_182_QUEUED, "SIP_182_QUEUED"),
  P(SIP_183_SESSION_PROGRESS, "SIP_183_SESSION_PROGRESS"),
  P(SIP_200_OK, "SIP_200_OK"),
  P(SIP_202_ACCEPTED, "SIP_202_ACCEPTED"),
  P(SIP_300_MULTIPLE_CHOICES, "SIP_300_MULTIPLE_CHOICES"),
  P(SIP_301_MOVED_PERMANENTLY, "SIP_301_MOVED_PERMANENTLY"),
  P(SIP_302_MOVED_TEMPORARILY, "SIP_302_MOVED_TEMPORARILY"),
  P(SIP_305_USE_PROXY, "SIP_305_USE_PROXY"),
  P(SIP_380_ALTERNATIVE_SERVICE, "SIP_380_ALTERNATIVE_SERVICE"),
  P(SIP_400_BAD_REQUEST, "SIP_400_BAD_REQUEST"),
  P(SIP_401_UNAUTHORIZED, "SIP_401_UNAUTHORIZED"),
  P(SIP_402_PAYMENT_REQUIRED, "SIP_402_PAYMENT_REQUIRED"),
  P(SIP_403_FORBIDDEN, "SIP_403_FORBIDDEN"),
  P(SIP_404_NOT_FOUND, "SIP_404_NOT_FOUND"),
  P(SIP_405_METHOD_NOT_ALLOWED, "SIP_405_METHOD_NOT_ALLOWED"),
  P(SIP_406_NOT_ACCEPTABLE, "SIP_406_NOT_ACCEPTABLE"),
  P(SIP_407_PROXY_AUTH_REQUIRED, "SIP_407_PROXY_AUTH_REQUIRED"),
  P(SIP_408_REQUEST_TIMEOUT, "SIP_408_REQUEST_TIMEOUT"),
  P(SIP_409_CONFLICT, "SIP_409_CONFLICT"),
  P(SIP_410_GONE, "SIP_410_GONE"),
  P(SIP_411_LENGTH_REQUIRED, "SIP_411_LENGTH_REQUIRED"),
  P(SIP_412_PRECONDITION_FAILED, "SIP_412_PRECONDITION_FAILED"),
  P(SIP_413_REQUEST_TOO_LARGE, "SIP_413_REQUEST_TOO_LARGE"),
  P(SIP_414_REQUEST_URI_TOO_LONG, "SIP_414_REQUEST_URI_TOO_LONG"),
  P(SIP_415_UNSUPPORTED_MEDIA, "SIP_415_UNSUPPORTED_MEDIA"),
  P(SIP_416_UNSUPPORTED_URI, "SIP_416_UNSUPPORTED_URI"),
  P(SIP_417_RESOURCE_PRIORITY, "SIP_417_RESOURCE_PRIORITY"),
  P(SIP_420_BAD_EXTENSION, "SIP_420_BAD_EXTENSION"),
  P(SIP_421_EXTENSION_REQUIRED, "SIP_421_EXTENSION_REQUIRED"),
  P(SIP_422_SESSION_TIMER_TOO_SMALL, "SIP_422_SESSION_TIMER_TOO_SMALL"),
  P(SIP_423_INTERVAL_TOO_BRIEF, "SIP_423_INTERVAL_TOO_BRIEF"),
  P(SIP_423_REGISTRATION_TOO_BRIEF, "SIP_423_REGISTRATION_TOO_BRIEF"),
  P(SIP_480_TEMPORARILY_UNAVAILABLE, "SIP_480_TEMPORARILY_UNAVAILABLE"),
  P(SIP_481_NO_TRANSACTION, "SIP_481_NO_TRANSACTION"),
  P(SIP_481_NO_CALL, "SIP_481_NO_CALL"),
  P(SIP_482_LOOP_DETECTED, "SIP_482_LOOP_DETECTED"),
  P(SIP_483_TOO_MANY_HOPS, "SIP_483_TOO_MANY_HOPS"),
  P(SIP_484_ADDRESS_INCOMPLETE, "SIP_484_ADDRESS_INCOMPLETE"),
  P(SIP_485_AMBIGUOUS, "SIP_485_AMBIGUOUS"),
  P(SIP_486_BUSY_HERE, "SIP_486_BUSY_HERE"),
  P(SIP_487_REQUEST_TERMINATED, "SIP_487_REQUEST_TERMINATED"),
  P(SIP_487_REQUEST_CANCELLED, "SIP_487_REQUEST_CANCELLED"),
  P(SIP_488_NOT_ACCEPTABLE, "SIP_488_NOT_ACCEPTABLE"),
  P(SIP_489_BAD_EVENT, "SIP_489_BAD_EVENT"),
  P(SIP_490_REQUEST_UPDATED, "SIP_490_REQUEST_UPDATED"),
  P(SIP_491_REQUEST_PENDING, "SIP_491_REQUEST_PENDING"),
  P(SIP_493_UNDECIPHERABLE, "SIP_493_UNDECIPHERABLE"),
  P(SIP_494_SECAGREE_REQUIRED, "SIP_494_SECAGREE_REQUIRED"),
  P(SIP_500_INTERNAL_SERVER_ERROR, "SIP_500_INTERNAL_SERVER_ERROR"),
  P(SIP_501_NOT_IMPLEMENTED, "SIP_501_NOT_IMPLEMENTED"),
  P(SIP_502_BAD_GATEWAY, "SIP_502_BAD_GATEWAY"),
  P(SIP_503_SERVICE_UNAVAILABLE, "SIP_503_SERVICE_UNAVAILABLE"),
  P(SIP_504_GATEWAY_TIME_OUT, "SIP_504_GATEWAY_TIME_OUT"),
  P(SIP_505_VERSION_NOT_SUPPORTED, "SIP_505_VERSION_NOT_SUPPORTED"),
  P(SIP_513_MESSAGE_TOO_LARGE, "SIP_513_MESSAGE_TOO_LARGE"),
  P(SIP_580_PRECONDITION, "SIP_580_PRECONDITION"),
  P(SIP_600_BUSY_EVERYWHERE, "SIP_600_BUSY_EVERYWHERE"),
  P(SIP_603_DECLINE, "SIP_603_DECLINE"),
  P(SIP_604_DOES_NOT_EXIST_ANYWHERE, "SIP_604_DOES_NOT_EXIST_ANYWHERE"),
  P(SIP_606_NOT_ACCEPTABLE, "SIP_606_NOT_ACCEPTABLE"),
  P(SIP_687_DIALOG_TERMINATED, "SIP_687_DIALOG_TERMINATED"),
};

static char const *s_(char const *s) { return s ? s : "(null)"; }

int main(void)
{
  int i, empty = 0;
  size_t k;
  static char const *const methods[] = {
    "INVITE", "ACK", "CANCEL", "BYE", "OPTIONS", "REGISTER", "INFO", "PRACK", "UPDATE",
    "MESSAGE", "SUBSCRIBE", "NOTIFY", "REFER", "PUBLISH",
    "invite", "Invite", "iNVITE", "ack", "Bye", "publish", "INVITEX", "INFOS", "ACKS",
    "INVITE ", "INVITE\t", "INVITE sip:x", "ACK\r\n", "BYE,", "BYE/", "CANCEL;",
    "FOO", "FOO BAR", "FOO/", "FOO+", "FOO%", "X-Y.Z!~*'()", "HELLO", "DO", "X",
    "", " ", " INVITE", "\tACK", "MESSAGES", "SUBSCRIBEX", "NOTIFYING", "REFERRED",
    "REGISTERS", "UPDATEX", "OPTIONSX", "CANCELLED", "PUBLISHER", "PRACKS",
    NULL
  };

  for (i = 0; i < 800; i++) {
    char const *p = sip_status_phrase(i);
    if (i >= 100 && i < 700 && !p)
      printf("%d: NULL in range\n", i);
    else if ((i < 100 || i >= 700) && p)
      printf("%d: not NULL out of range\n", i);
    else if (p && !*p)
      empty++;
    else if (p)
      printf("%d %s\n", i, p);
  }
  printf("codes without phrase: %d\n", empty);
  printf("-1: %s, 99: %s, 700: %s, 99999: %s\n", s_(sip_status_phrase(-1)),
         s_(sip_status_phrase(99)), s_(sip_status_phrase(700)), s_(sip_status_phrase(99999)));

  for (k = 0; k < sizeof pairs / sizeof pairs[0]; k++)
    printf("%s = %d \"%s\" len=%u same=%d\n", pairs[k].name, pairs[k].code, pairs[k].phrase,
           (unsigned)strlen(pairs[k].phrase),
           sip_status_phrase(pairs[k].code) == pairs[k].phrase);

  for (k = 0; methods[k]; k++)
    printf("sip_method_code(\"%s\") = %d\n", methods[k], (int)sip_method_code(methods[k]));

  for (i = -3; i <= 17; i++) {
    char const *n = sip_method_name((sip_method_t)i, "EXT");
    printf("sip_method_name(%d) = %s", i, s_(n));
    if (n && i > 0)
      printf(" code=%d", (int)sip_method_code(n));
    printf(" SIP_METHOD_NAME=%s\n", s_(SIP_METHOD_NAME(i, "EXT")));
  }
  for (i = 0; sip_method_names[i]; i++)
    printf("sip_method_names[%d] = %s\n", i, sip_method_names[i]);
  printf("sip_method_names[%d] = NULL\n", i);
  printf("identity: %d %d %d %d %d %d %d %d %d %d %d %d %d %d\n",
         sip_method_names[1] == sip_method_name_invite, sip_method_names[2] == sip_method_name_ack,
         sip_method_names[3] == sip_method_name_cancel, sip_method_names[4] == sip_method_name_bye,
         sip_method_names[5] == sip_method_name_options, sip_method_names[6] == sip_method_name_register,
         sip_method_names[7] == sip_method_name_info, sip_method_names[8] == sip_method_name_prack,
         sip_method_name(sip_method_message, NULL) == sip_method_name_message,
         sip_method_name(sip_method_subscribe, NULL) == sip_method_name_subscribe,
         sip_method_name(sip_method_notify, NULL) == sip_method_name_notify,
         sip_method_name(sip_method_refer, NULL) == sip_method_name_refer,
         sip_method_name(SIP_METHOD_INVITE) == sip_method_name_invite,
         strcmp(sip_method_name(SIP_METHOD(FOO)), "FOO") == 0);
  printf("%s %s %s %s %s %s\n", sip_version_2_0, sip_transport_udp, sip_transport_tcp,
         sip_transport_sctp, sip_transport_tls, SIP_VERSION_CURRENT);
  printf("parser version: %s\n", sip_parser_version);
  printf("SIP_PORT: %s %s SIPS_PORT: %s\n", SIP_PORT(NULL), SIP_PORT("5070"), SIPS_PORT(NULL));
  return 0;
}
