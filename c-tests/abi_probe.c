/* ABI probe: sizes, field offsets and enum values of the public structs and enums that
 * applications compile into their own code.  Built against the real library's headers
 * (1.12) and ours, the output must be identical; for the 1.13 flavour it is compared with
 * c-tests/abi_probe.1.13.expected (the fork's measured layout, sofia-abi.md). */
#include <stdio.h>
#include <stddef.h>
#include <sofia-sip/su.h>
#include <sofia-sip/su_alloc.h>
#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tag_class.h>
#include <sofia-sip/su_tagarg.h>
#include <sofia-sip/su_wait.h>
#include <sofia-sip/su_time.h>
#include <sofia-sip/su_log.h>
#include <sofia-sip/url.h>

#define SIZE(t) printf("sizeof %s = %zu\n", #t, sizeof(t))
#define OFF(t, f) printf("  %s.%s @ %zu (%zu)\n", #t, #f, offsetof(t, f), sizeof(((t *)0)->f))
#define VAL(e) printf("%s = %ld\n", #e, (long)(e))

typedef struct tag_type_s tag_type_struct;
typedef struct tag_class_s tag_class_struct;

int main(void)
{
  SIZE(tagi_t); OFF(tagi_t, t_tag); OFF(tagi_t, t_value);
  SIZE(tag_type_struct);
  OFF(tag_type_struct, tt_ns); OFF(tag_type_struct, tt_name);
  OFF(tag_type_struct, tt_class); OFF(tag_type_struct, tt_magic);
  SIZE(tag_class_struct);
  OFF(tag_class_struct, tc_size); OFF(tag_class_struct, tc_next); OFF(tag_class_struct, tc_len);
  OFF(tag_class_struct, tc_move); OFF(tag_class_struct, tc_xtra); OFF(tag_class_struct, tc_dup);
  OFF(tag_class_struct, tc_free); OFF(tag_class_struct, tc_find);
  OFF(tag_class_struct, tc_snprintf); OFF(tag_class_struct, tc_filter);
  OFF(tag_class_struct, tc_ref_set); OFF(tag_class_struct, tc_scan);
  SIZE(tag_value_t); SIZE(tag_type_t);
  SIZE(ta_list); OFF(ta_list, tl); OFF(ta_list, ap);

  SIZE(su_home_t); OFF(su_home_t, suh_size); OFF(su_home_t, suh_blocks); OFF(su_home_t, suh_lock);
  SIZE(isize_t); SIZE(issize_t); SIZE(usize_t);

  SIZE(su_wait_t); SIZE(su_duration_t); SIZE(su_socket_t); SIZE(su_sockaddr_t);
  SIZE(su_time_t); OFF(su_time_t, tv_sec); OFF(su_time_t, tv_usec);
  VAL(SU_WAIT_IN); VAL(SU_WAIT_OUT); VAL(SU_WAIT_ERR); VAL(SU_WAIT_HUP);
  VAL(SU_WAIT_ACCEPT); VAL(SU_WAIT_CONNECT);
  VAL(SU_WAIT_FOREVER); VAL(SU_WAIT_TIMEOUT); VAL(SU_WAIT_MAX); VAL(SU_DURATION_MAX);
  VAL(su_pri_normal); VAL(su_pri_first); VAL(su_pri_realtime);
  VAL(SU_SUCCESS); VAL(SU_FAILURE); VAL(INVALID_SOCKET);

  SIZE(su_log_t);
  OFF(su_log_t, log_size); OFF(su_log_t, log_name); OFF(su_log_t, log_env);
  OFF(su_log_t, log_default); OFF(su_log_t, log_level); OFF(su_log_t, log_init);
  OFF(su_log_t, log_logger); OFF(su_log_t, log_stream);
  VAL(SU_LOG_MAX);

  SIZE(url_t);
  OFF(url_t, url_pad); OFF(url_t, url_type); OFF(url_t, url_root); OFF(url_t, url_scheme);
  OFF(url_t, url_user); OFF(url_t, url_password); OFF(url_t, url_host); OFF(url_t, url_port);
  OFF(url_t, url_path); OFF(url_t, url_params); OFF(url_t, url_headers); OFF(url_t, url_fragment);
  SIZE(url_string_t);
  VAL(url_invalid); VAL(url_unknown); VAL(url_any); VAL(url_sip); VAL(url_sips);
  VAL(url_tel); VAL(url_fax); VAL(url_modem); VAL(url_http); VAL(url_https); VAL(url_ftp);
  VAL(url_file); VAL(url_rtsp); VAL(url_rtspu); VAL(url_mailto); VAL(url_im); VAL(url_pres);
#if defined(SOFIA_SIP_ABI_VERSION) && SOFIA_SIP_ABI_VERSION >= 113
  VAL(url_urn); /* the fork inserted it after url_sips */
#endif
  VAL(url_cid); VAL(url_msrp); VAL(url_msrps); VAL(url_wv); VAL(_url_none);
  return 0;
}
