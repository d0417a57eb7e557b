/* sofia-rs: collecting (tag, value, ...) arguments into a tag list.
 *
 *   void f(int x, tag_type_t tag, tag_value_t value, ...)
 *   {
 *     ta_list ta;
 *     ta_start(ta, tag, value);
 *     g(ta_args(ta));                 // a tagi_t list
 *     h(x, ta_tags(ta));              // forward to another TAG_LIST function
 *     ta_end(ta);
 *   }
 *
 * The arguments after the first pair are copied into a malloc()ed list by tl_vlist();
 * ta_end() releases it. */
#ifndef SU_TAGARG_H
#define SU_TAGARG_H

#ifndef SU_TAG_H
#include <sofia-sip/su_tag.h>
#endif
#include <stdarg.h>

SOFIA_BEGIN_DECLS

typedef struct {
  tagi_t  tl[2];  /* first pair, then a jump to the copy of the rest */
  va_list ap;
} ta_list;

#define su_va_copy(dst, src) va_copy((dst), (src))

#define ta_start(ta, t, v)                                                   \
  do {                                                                       \
    tag_type_t ta_start_tag_ = (t);                                          \
    tag_value_t ta_start_value_ = (v);                                       \
    va_start((ta).ap, (v));                                                  \
    while (ta_start_tag_ == tag_next && ta_start_value_ != 0) {              \
      tagi_t const *ta_start_item_ = (tagi_t const *)ta_start_value_;        \
      if (ta_start_item_->t_tag == NULL || ta_start_item_->t_tag == tag_null) { \
        ta_start_tag_ = ta_start_item_->t_tag;                               \
        break;                                                               \
      }                                                                      \
      if (ta_start_item_->t_tag != tag_next)                                 \
        break;                                                               \
      ta_start_value_ = ta_start_item_->t_value;                             \
    }                                                                        \
    (ta).tl[0].t_tag = ta_start_tag_;                                        \
    (ta).tl[0].t_value = ta_start_value_;                                    \
    if (ta_start_tag_ != NULL && ta_start_tag_ != tag_null &&                \
        ta_start_tag_ != tag_next) {                                         \
      va_list ta_start_ap_;                                                  \
      va_copy(ta_start_ap_, (ta).ap);                                        \
      (ta).tl[1].t_tag = tag_next;                                           \
      (ta).tl[1].t_value = (tag_value_t)tl_vlist(ta_start_ap_);              \
      va_end(ta_start_ap_);                                                  \
    } else {                                                                 \
      (ta).tl[1].t_tag = NULL;                                               \
      (ta).tl[1].t_value = 0;                                                \
    }                                                                        \
  } while (0)

#define ta_args(ta) (ta).tl

#define ta_tags(ta) \
  (ta).tl[0].t_tag, (ta).tl[0].t_value, (ta).tl[1].t_tag, (ta).tl[1].t_value

#define ta_end(ta) \
  (tl_vfree((tagi_t *)(ta).tl[1].t_value), (ta).tl[1].t_value = 0, va_end((ta).ap))

SOFIA_END_DECLS

#endif /* SU_TAGARG_H */
