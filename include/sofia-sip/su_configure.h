/* sofia-rs: platform configuration (x86-64 / aarch64 Linux, LP64). */
#ifndef SU_CONFIGURE_H
#define SU_CONFIGURE_H

#define SU_HAVE_STDINT 1
#define SU_HAVE_INTTYPES 1
#define SU_HAVE_SYS_TYPES 1
#define SU_HAVE_BSDSOCK 1
#define SU_HAVE_PTHREADS 1
#define SU_HAVE_POLL 1
#define SU_HAVE_EPOLL 1
#define SU_HAVE_IN6 1
#define SU_HAVE_SOCKADDR_STORAGE 1
#define SU_HAVE_ADDRINFO 1
#define SU_HAVE_INLINE 1
#define SU_INLINE inline
#define su_inline static inline
#define SU_INLINE_TAG_CAST 1

#define SU_S64_T int64_t
#define SU_U64_T uint64_t
#define SU_S32_T int32_t
#define SU_U32_T uint32_t
#define SU_S16_T int16_t
#define SU_U16_T uint16_t
#define SU_S8_T  int8_t
#define SU_U8_T  uint8_t
#define SU_LEAST64_T int_least64_t
#define SU_LEAST32_T int_least32_t
#define SU_LEAST16_T int_least16_t
#define SU_LEAST8_T  int_least8_t
#define SU_INTPTR_T  intptr_t

#define SU_S64_C(i) ((SU_S64_T)(i ## LL))
#define SU_U64_C(i) ((SU_U64_T)(i ## ULL))
#define SU_S32_C(i) ((SU_S32_T)(i ## L))
#define SU_U32_C(i) ((SU_U32_T)(i ## UL))
#define SU_S16_C(i) ((SU_S16_T)(i))
#define SU_U16_C(i) ((SU_U16_T)(i ## U))
#define SU_S8_C(i)  ((SU_S8_T)(i))
#define SU_U8_C(i)  ((SU_U8_T)(i ## U))

/* Sizes kept as in Sofia-SIP 1.12.0 for binary compatibility. */
#define SOFIA_ISIZE_T int
#define ISIZE_MAX INT_MAX
#define SOFIA_ISSIZE_T int
#define ISSIZE_MAX INT_MAX
#define SOFIA_USIZE_T unsigned
#define USIZE_MAX UINT_MAX

#endif /* SU_CONFIGURE_H */
