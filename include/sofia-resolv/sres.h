/* sofia-rs: the sres DNS resolver (Sofia-SIP's sofia-resolv).
 *
 * Provided: resolver objects read from resolv.conf (RES_OPTIONS, SRES_OPTIONS and
 * LOCALDOMAIN apply), blocking queries, cached answers, sorting, filtering and freeing of
 * answers; asynchronous queries (sres_query, sres_query_sockaddr, sres_query_bind) on a
 * resolver made by sres_resolver_create() of <sofia-sip/sresolv.h>. Not provided yet:
 * sres_resolver_copy, sres_resolver_new_with_cache(_va), sres_search, sres_query_make*,
 * the external event loop interface (sres_resolver_timer, sres_resolver_sockets,
 * sres_resolver_receive, ...), sres_blocking_search, sres_blocking_query_sockaddr,
 * sres_search_cached_answers, sres_cached_answers_sockaddr,
 * sres_set_cached_srv_priority, sres_is_blocking. */
#ifndef SOFIA_RESOLV_SRES_H
#define SOFIA_RESOLV_SRES_H

#include <stdarg.h>
#include "sofia-resolv/sres_config.h"

#ifdef __cplusplus
extern "C" {
#endif

enum {
  /* timer interval (milliseconds) */
  SRES_RETRANSMIT_INTERVAL = 500,
#define SRES_RETRANSMIT_INTERVAL  (SRES_RETRANSMIT_INTERVAL)

  /* first retransmission after this many seconds (then doubling) */
  SRES_RETRY_INTERVAL = 1,
#define SRES_RETRY_INTERVAL  (SRES_RETRY_INTERVAL)

  /* retransmissions before a query times out */
  SRES_MAX_RETRY_COUNT = 6,
#define SRES_MAX_RETRY_COUNT (SRES_MAX_RETRY_COUNT)

  /* search domains kept */
  SRES_MAX_SEARCH = 6,
#define SRES_MAX_SEARCH (SRES_MAX_SEARCH)

  /* name servers kept */
  SRES_MAX_NAMESERVERS = 6,
#define SRES_MAX_NAMESERVERS (SRES_MAX_NAMESERVERS)

  /* longest domain name */
  SRES_MAXDNAME = 1025,
#define SRES_MAXDNAME (SRES_MAXDNAME)

  /* longest sortlist */
  SRES_MAX_SORTLIST = 10
#define SRES_MAX_SORTLIST (SRES_MAX_SORTLIST)
};

#ifndef SRES_RECORD_T
#define SRES_RECORD_T
typedef union sres_record sres_record_t;
#endif

#ifndef SRES_CACHE_T
#define SRES_CACHE_T
typedef struct sres_cache sres_cache_t;
#endif

typedef struct sres_resolver_s sres_resolver_t;

#ifndef SRES_CONTEXT_T
#define SRES_CONTEXT_T struct sres_context_s
#endif
typedef SRES_CONTEXT_T sres_context_t;

typedef struct sres_query_s         sres_query_t;

struct sockaddr;

/* A new resolver reading resolv_conf_path (NULL: /etc/resolv.conf); NULL on error. */
SRESPUBFUN sres_resolver_t *sres_resolver_new(char const *resolv_conf_path);

SRESPUBFUN sres_resolver_t *sres_resolver_ref(sres_resolver_t *res);

SRESPUBFUN void sres_resolver_unref(sres_resolver_t *res);

/* Reread the configuration (always, or only if the file changed): 0 or -1. */
SRESPUBFUN int sres_resolver_update(sres_resolver_t *res, int always);

SRESPUBFUN
void *sres_resolver_set_userdata(sres_resolver_t *res, void *userdata);

SRESPUBFUN
void *sres_resolver_get_userdata(sres_resolver_t const *res);

/* Called with the answers of a query: a NULL-terminated array the callee frees with
 * sres_free_answers(); a failed query gives one record with a nonzero r_status. The
 * query object is freed after the callback returns. */
typedef void sres_answer_f(sres_context_t *context,
			   sres_query_t *query,
			   sres_record_t **answers);

/* Send a query of type/domain (no search list, no cache lookup); its answers go to
 * callback on the resolver's root. NULL on error (EFAULT, ENAMETOOLONG, ENETDOWN;
 * EINVAL if the resolver was not made by sres_resolver_create()). */
SRESPUBFUN
sres_query_t *sres_query(sres_resolver_t *res,
                         sres_answer_f *callback,
                         sres_context_t *context,
                         uint16_t type,
                         char const *domain);

/* sres_query() of the reverse name of an IPv4 or IPv6 address (in-addr.arpa,
 * ip6.arpa or with option ip6-dotint ip6.int). */
SRESPUBFUN
sres_query_t *sres_query_sockaddr(sres_resolver_t *res,
                                  sres_answer_f *callback,
                                  sres_context_t *context,
                                  uint16_t type,
				  struct sockaddr const *addr);

/* Give the answers of a pending query to another callback and context. */
SRESPUBFUN
void sres_query_bind(sres_query_t *q,
                     sres_answer_f *callback,
                     sres_context_t *context);

/* Cached records of type/domain (a NULL-terminated array to free with
 * sres_free_answers()), or NULL (errno ENOENT). */
SRESPUBFUN
sres_record_t **sres_cached_answers(sres_resolver_t *res,
				    uint16_t type,
				    char const *domain);

/* Query and wait for the answers: 0 (from the cache) or 1 (fresh) with the records in
 * *return_records (errors are records with a nonzero r_status), -1 on failure
 * (EOPNOTSUPP on a resolver made by sres_resolver_create()). */
SRESPUBFUN
int sres_blocking_query(sres_resolver_t *res,
			uint16_t type,
			char const *domain,
			int ignore_cache,
			sres_record_t ***return_records);

/* Sort answers by sres_record_compare() order. */
SRESPUBFUN int sres_sort_answers(sres_resolver_t *, sres_record_t **answers);

/* Drop errors, non-IN records and (type != 0) other types; sort; return the count. */
SRESPUBFUN
int sres_filter_answers(sres_resolver_t *res,
			sres_record_t **answers,
			uint16_t type);

SRESPUBFUN void sres_free_answers(sres_resolver_t *, sres_record_t **answers);

SRESPUBFUN void sres_free_answer(sres_resolver_t *res, sres_record_t *answer);

#ifdef __cplusplus
}
#endif

#endif /* SOFIA_RESOLV_SRES_H */
