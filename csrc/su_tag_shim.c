/* Variadic and va_list entry points of su_tag.h: they only turn (tag, value, ...) into a
 * tag list and hand it to Rust. */
#include <stdlib.h>
#include <string.h>

#include <sofia-sip/su_tag.h>
#include <sofia-sip/su_tagarg.h>
#include "shim.h"

struct sofia_shim_tag_ops {
  int (*gets)(tagi_t const *lst, tagi_t const *args);
  int (*tgets)(tagi_t const *lst, tagi_t const *args);
  int (*tremove)(tagi_t *lst, tagi_t const *args);
  size_t (*tmove)(tagi_t *dst, size_t size, tagi_t const *args);
  tagi_t *(*llist)(tagi_t const *lst);
};

static struct sofia_shim_tag_ops tag_ops;

SHIM_HIDDEN void sofia_shim_tag_register(struct sofia_shim_tag_ops const *ops)
{
  tag_ops = *ops;
}

static int shim_is_end(tag_type_t t)
{
  return t == NULL || t == tag_null || t == tag_next;
}

/* Number of (tag, value) pairs up to and including the first end pair. */
static size_t shim_count(tag_type_t t, va_list ap)
{
  size_t n = 1;
  va_list aq;
  va_copy(aq, ap);
  while (!shim_is_end(t)) {
    t = va_arg(aq, tag_type_t);
    (void)va_arg(aq, tag_value_t);
    n++;
  }
  va_end(aq);
  return n;
}

tagi_t *tl_vlist2(tag_type_t t, tag_value_t v, va_list ap)
{
  size_t n = shim_count(t, ap), i;
  tagi_t *lst = malloc(n * sizeof *lst);
  if (lst == NULL)
    return NULL;
  lst[0].t_tag = t, lst[0].t_value = v;
  for (i = 1; i < n; i++) {
    lst[i].t_tag = va_arg(ap, tag_type_t);
    lst[i].t_value = va_arg(ap, tag_value_t);
  }
  return lst;
}

tagi_t *tl_vlist(va_list ap)
{
  tag_type_t t = va_arg(ap, tag_type_t);
  tag_value_t v = va_arg(ap, tag_value_t);
  return tl_vlist2(t, v, ap);
}

tagi_t *tl_list(tag_type_t tag, tag_value_t value, ...)
{
  va_list ap;
  tagi_t *lst;
  va_start(ap, value);
  lst = tl_vlist2(tag, value, ap);
  va_end(ap);
  return lst;
}

size_t tl_vlen(va_list ap)
{
  size_t n = 0;
  tag_type_t t;
  va_list aq;
  va_copy(aq, ap);
  do {
    t = va_arg(aq, tag_type_t);
    (void)va_arg(aq, tag_value_t);
    n++;
  } while (!shim_is_end(t));
  va_end(aq);
  return n * sizeof(tagi_t);
}

size_t tl_vllen(tag_type_t tag, tag_value_t value, va_list ap)
{
  va_list aq;
  tagi_t *lst;
  size_t len;
  va_copy(aq, ap);
  lst = tl_vlist2(tag, value, aq);
  va_end(aq);
  if (lst == NULL)
    return 0;
  len = tl_len(lst);
  free(lst);
  return len;
}

tagi_t *tl_vllist(tag_type_t tag, tag_value_t value, va_list ap)
{
  va_list aq;
  tagi_t *lst, *flat;
  va_copy(aq, ap);
  lst = tl_vlist2(tag, value, aq);
  va_end(aq);
  if (lst == NULL || tag_ops.llist == NULL) {
    free(lst);
    return NULL;
  }
  flat = tag_ops.llist(lst);
  free(lst);
  return flat;
}

tagi_t *tl_llist(tag_type_t tag, tag_value_t value, ...)
{
  va_list ap;
  tagi_t *lst;
  va_start(ap, value);
  lst = tl_vllist(tag, value, ap);
  va_end(ap);
  return lst;
}

tagi_t *tl_tlist(su_home_t *home, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  tagi_t *lst;
  ta_start(ta, tag, value);
  lst = tl_adup(home, ta_args(ta));
  ta_end(ta);
  return lst;
}

size_t tl_tmove(tagi_t *dst, size_t size, tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  size_t n = 0;
  ta_start(ta, tag, value);
  if (tag_ops.tmove && dst)
    n = tag_ops.tmove(dst, size, ta_args(ta));
  ta_end(ta);
  return n;
}

int tl_gets(tagi_t const lst[], tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  int n = 0;
  ta_start(ta, tag, value);
  if (tag_ops.gets)
    n = tag_ops.gets(lst, ta_args(ta));
  ta_end(ta);
  return n;
}

int tl_tgets(tagi_t lst[], tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  int n = 0;
  ta_start(ta, tag, value);
  if (tag_ops.tgets)
    n = tag_ops.tgets(lst, ta_args(ta));
  ta_end(ta);
  return n;
}

int tl_tremove(tagi_t lst[], tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  int n = 0;
  ta_start(ta, tag, value);
  if (tag_ops.tremove && lst)
    n = tag_ops.tremove(lst, ta_args(ta));
  ta_end(ta);
  return n;
}

tagi_t *tl_tfilter(su_home_t *home, tagi_t const lst[], tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  tagi_t *result;
  ta_start(ta, tag, value);
  result = tl_afilter(home, ta_args(ta), lst);
  ta_end(ta);
  return result;
}

tagi_t *tl_filtered_tlist(su_home_t *home, tagi_t const filter[], tag_type_t tag, tag_value_t value, ...)
{
  ta_list ta;
  tagi_t *result;
  ta_start(ta, tag, value);
  result = tl_afilter(home, filter, ta_args(ta));
  ta_end(ta);
  return result;
}
