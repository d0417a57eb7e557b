/* sofia-rs: SIP status codes and their standard reason phrases (Sofia-SIP's sip_status.h).
 *
 * SIP_NNN_XXX expands to two arguments, the code and its phrase object, for functions such
 * as nua_respond(nh, SIP_200_OK, ...). Each phrase is exported data (char const[]) of the
 * library. The phrases of 403 Stale Date, 428, 436, 437, 438 and 607 come from FreeSWITCH's
 * fork (1.13); the library exports them in both flavours. */
#ifndef SIP_STATUS_H
#define SIP_STATUS_H

#ifndef SU_CONFIG_H
#include <sofia-sip/su_config.h>
#endif

SOFIA_BEGIN_DECLS

/** The standard phrase of a status code: "" for a code in 100..699 without one, NULL
 * outside that range. */
SOFIAPUBFUN char const *sip_status_phrase(int status);

#define SIP_100_TRYING                      100, sip_100_Trying
#define SIP_180_RINGING                     180, sip_180_Ringing
#define SIP_181_CALL_IS_BEING_FORWARDED     181, sip_181_Call_is_being_forwarded
#define SIP_182_QUEUED                      182, sip_182_Queued
#define SIP_183_SESSION_PROGRESS            183, sip_183_Session_progress
#define SIP_200_OK                          200, sip_200_OK
#define SIP_202_ACCEPTED                    202, sip_202_Accepted
#define SIP_300_MULTIPLE_CHOICES            300, sip_300_Multiple_choices
#define SIP_301_MOVED_PERMANENTLY           301, sip_301_Moved_permanently
#define SIP_302_MOVED_TEMPORARILY           302, sip_302_Moved_temporarily
#define SIP_305_USE_PROXY                   305, sip_305_Use_proxy
#define SIP_380_ALTERNATIVE_SERVICE         380, sip_380_Alternative_service
#define SIP_400_BAD_REQUEST                 400, sip_400_Bad_request
#define SIP_401_UNAUTHORIZED                401, sip_401_Unauthorized
#define SIP_402_PAYMENT_REQUIRED            402, sip_402_Payment_required
#define SIP_403_FORBIDDEN                   403, sip_403_Forbidden
#define SIP_403_STALE_DATE                  403, sip_403_Stale_date
#define SIP_404_NOT_FOUND                   404, sip_404_Not_found
#define SIP_405_METHOD_NOT_ALLOWED          405, sip_405_Method_not_allowed
#define SIP_406_NOT_ACCEPTABLE              406, sip_406_Not_acceptable
#define SIP_407_PROXY_AUTH_REQUIRED         407, sip_407_Proxy_auth_required
#define SIP_408_REQUEST_TIMEOUT             408, sip_408_Request_timeout
#define SIP_409_CONFLICT                    409, sip_409_Conflict
#define SIP_410_GONE                        410, sip_410_Gone
#define SIP_411_LENGTH_REQUIRED             411, sip_411_Length_required
#define SIP_412_PRECONDITION_FAILED         412, sip_412_Precondition_failed
#define SIP_413_REQUEST_TOO_LARGE           413, sip_413_Request_too_large
#define SIP_414_REQUEST_URI_TOO_LONG        414, sip_414_Request_uri_too_long
#define SIP_415_UNSUPPORTED_MEDIA           415, sip_415_Unsupported_media
#define SIP_416_UNSUPPORTED_URI             416, sip_416_Unsupported_uri
#define SIP_417_RESOURCE_PRIORITY           417, sip_417_Resource_priority
#define SIP_420_BAD_EXTENSION               420, sip_420_Bad_extension
#define SIP_421_EXTENSION_REQUIRED          421, sip_421_Extension_required
#define SIP_422_SESSION_TIMER_TOO_SMALL     422, sip_422_Session_timer
#define SIP_423_INTERVAL_TOO_BRIEF          423, sip_423_Interval_too_brief
#define SIP_423_REGISTRATION_TOO_BRIEF      423, sip_423_Interval_too_brief
#define SIP_428_USE_IDENTITY_HEADER         428, sip_428_Use_identity_header
#define SIP_436_BAD_IDENTITY_INFO           436, sip_436_Bad_identity_info
#define SIP_437_UNSUPPORTED_CREDENTIAL      437, sip_437_Unsupported_credential
#define SIP_438_INVALID_IDENTITY_HEADER     438, sip_438_Invalid_identity_header
#define SIP_480_TEMPORARILY_UNAVAILABLE     480, sip_480_Temporarily_unavailable
#define SIP_481_NO_TRANSACTION              481, sip_481_No_transaction
#define SIP_481_NO_CALL                     481, sip_481_No_transaction
#define SIP_482_LOOP_DETECTED               482, sip_482_Loop_detected
#define SIP_483_TOO_MANY_HOPS               483, sip_483_Too_many_hops
#define SIP_484_ADDRESS_INCOMPLETE          484, sip_484_Address_incomplete
#define SIP_485_AMBIGUOUS                   485, sip_485_Ambiguous
#define SIP_486_BUSY_HERE                   486, sip_486_Busy_here
#define SIP_487_REQUEST_TERMINATED          487, sip_487_Request_terminated
#define SIP_487_REQUEST_CANCELLED           487, sip_487_Request_terminated
#define SIP_488_NOT_ACCEPTABLE              488, sip_488_Not_acceptable
#define SIP_489_BAD_EVENT                   489, sip_489_Bad_event
#define SIP_490_REQUEST_UPDATED             490, sip_490_Request_updated
#define SIP_491_REQUEST_PENDING             491, sip_491_Request_pending
#define SIP_493_UNDECIPHERABLE              493, sip_493_Undecipherable
#define SIP_494_SECAGREE_REQUIRED           494, sip_494_Secagree_required
#define SIP_500_INTERNAL_SERVER_ERROR       500, sip_500_Internal_server_error
#define SIP_501_NOT_IMPLEMENTED             501, sip_501_Not_implemented
#define SIP_502_BAD_GATEWAY                 502, sip_502_Bad_gateway
#define SIP_503_SERVICE_UNAVAILABLE         503, sip_503_Service_unavailable
#define SIP_504_GATEWAY_TIME_OUT            504, sip_504_Gateway_time_out
#define SIP_505_VERSION_NOT_SUPPORTED       505, sip_505_Version_not_supported
#define SIP_513_MESSAGE_TOO_LARGE           513, sip_513_Message_too_large
#define SIP_580_PRECONDITION                580, sip_580_Precondition
#define SIP_600_BUSY_EVERYWHERE             600, sip_600_Busy_everywhere
#define SIP_603_DECLINE                     603, sip_603_Decline
#define SIP_604_DOES_NOT_EXIST_ANYWHERE     604, sip_604_Does_not_exist_anywhere
#define SIP_606_NOT_ACCEPTABLE              606, sip_606_Not_acceptable
#define SIP_607_UNWANTED                    607, sip_607_Unwanted
#define SIP_687_DIALOG_TERMINATED           687, sip_687_Dialog_terminated

SOFIAPUBVAR char const sip_100_Trying[];
SOFIAPUBVAR char const sip_180_Ringing[];
SOFIAPUBVAR char const sip_181_Call_is_being_forwarded[];
SOFIAPUBVAR char const sip_182_Queued[];
SOFIAPUBVAR char const sip_183_Session_progress[];
SOFIAPUBVAR char const sip_200_OK[];
SOFIAPUBVAR char const sip_202_Accepted[];
SOFIAPUBVAR char const sip_300_Multiple_choices[];
SOFIAPUBVAR char const sip_301_Moved_permanently[];
SOFIAPUBVAR char const sip_302_Moved_temporarily[];
SOFIAPUBVAR char const sip_305_Use_proxy[];
SOFIAPUBVAR char const sip_380_Alternative_service[];
SOFIAPUBVAR char const sip_400_Bad_request[];
SOFIAPUBVAR char const sip_401_Unauthorized[];
SOFIAPUBVAR char const sip_402_Payment_required[];
SOFIAPUBVAR char const sip_403_Forbidden[];
SOFIAPUBVAR char const sip_403_Stale_date[];
SOFIAPUBVAR char const sip_404_Not_found[];
SOFIAPUBVAR char const sip_405_Method_not_allowed[];
SOFIAPUBVAR char const sip_406_Not_acceptable[];
SOFIAPUBVAR char const sip_407_Proxy_auth_required[];
SOFIAPUBVAR char const sip_408_Request_timeout[];
SOFIAPUBVAR char const sip_409_Conflict[];
SOFIAPUBVAR char const sip_410_Gone[];
SOFIAPUBVAR char const sip_411_Length_required[];
SOFIAPUBVAR char const sip_412_Precondition_failed[];
SOFIAPUBVAR char const sip_413_Request_too_large[];
SOFIAPUBVAR char const sip_414_Request_uri_too_long[];
SOFIAPUBVAR char const sip_415_Unsupported_media[];
SOFIAPUBVAR char const sip_416_Unsupported_uri[];
SOFIAPUBVAR char const sip_417_Resource_priority[];
SOFIAPUBVAR char const sip_420_Bad_extension[];
SOFIAPUBVAR char const sip_421_Extension_required[];
SOFIAPUBVAR char const sip_422_Session_timer[];
SOFIAPUBVAR char const sip_423_Interval_too_brief[];
SOFIAPUBVAR char const sip_428_Use_identity_header[];
SOFIAPUBVAR char const sip_436_Bad_identity_info[];
SOFIAPUBVAR char const sip_437_Unsupported_credential[];
SOFIAPUBVAR char const sip_438_Invalid_identity_header[];
SOFIAPUBVAR char const sip_480_Temporarily_unavailable[];
SOFIAPUBVAR char const sip_481_No_transaction[];
SOFIAPUBVAR char const sip_482_Loop_detected[];
SOFIAPUBVAR char const sip_483_Too_many_hops[];
SOFIAPUBVAR char const sip_484_Address_incomplete[];
SOFIAPUBVAR char const sip_485_Ambiguous[];
SOFIAPUBVAR char const sip_486_Busy_here[];
SOFIAPUBVAR char const sip_487_Request_terminated[];
SOFIAPUBVAR char const sip_488_Not_acceptable[];
SOFIAPUBVAR char const sip_489_Bad_event[];
SOFIAPUBVAR char const sip_490_Request_updated[];
SOFIAPUBVAR char const sip_491_Request_pending[];
SOFIAPUBVAR char const sip_493_Undecipherable[];
SOFIAPUBVAR char const sip_494_Secagree_required[];
SOFIAPUBVAR char const sip_500_Internal_server_error[];
SOFIAPUBVAR char const sip_501_Not_implemented[];
SOFIAPUBVAR char const sip_502_Bad_gateway[];
SOFIAPUBVAR char const sip_503_Service_unavailable[];
SOFIAPUBVAR char const sip_504_Gateway_time_out[];
SOFIAPUBVAR char const sip_505_Version_not_supported[];
SOFIAPUBVAR char const sip_513_Message_too_large[];
SOFIAPUBVAR char const sip_580_Precondition[];
SOFIAPUBVAR char const sip_600_Busy_everywhere[];
SOFIAPUBVAR char const sip_603_Decline[];
SOFIAPUBVAR char const sip_604_Does_not_exist_anywhere[];
SOFIAPUBVAR char const sip_606_Not_acceptable[];
SOFIAPUBVAR char const sip_607_Unwanted[];
SOFIAPUBVAR char const sip_687_Dialog_terminated[];
/* Exported by the fork without a declaration in its header; here for completeness. */
SOFIAPUBVAR char const sip_439_Stale_date[];

SOFIA_END_DECLS

#endif /* SIP_STATUS_H */
