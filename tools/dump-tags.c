/* sofia-rs: list the tag objects a libsofia-sip-ua.so.0 exports.
 *
 *   nm -D --defined-only -S LIB | dump-tags LIB > tags.tsv
 *
 * stdin: `nm -D --defined-only -S` lines (ADDR [SIZE] TYPE NAME). Every defined data symbol
 * is resolved with dlsym() to build an address -> name map; every 32-byte data object whose
 * second and third words look like a tag (tt_class is the address of an exported object
 * whose name ends in "_class") is printed as one tab-separated line:
 *
 *   SYMBOL  TT_NS  TT_NAME  CLASS  MAGIC
 *
 * TT_NS / TT_NAME are printed as text ("(null)" for NULL); CLASS is the class object's
 * name; MAGIC is "0", the name(s) of the exported object tt_magic points at ("a|b" when
 * several names share the address), or the raw value in hex. Lines are sorted by symbol.
 *
 * Our own code; built and run by tools/check-tags. */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct tag_obj {                /* struct tag_type_s */
  char const *tt_ns;
  char const *tt_name;
  void const *tt_class;
  intptr_t tt_magic;
};

struct sym {
  char *name;
  uintptr_t addr;
  unsigned long size;
};

static struct sym *syms;
static size_t nsyms, cap;

static int by_addr(void const *a, void const *b)
{
  struct sym const *x = a, *y = b;
  if (x->addr != y->addr)
    return x->addr < y->addr ? -1 : 1;
  return strcmp(x->name, y->name);
}

static int by_name(void const *a, void const *b)
{
  struct sym const *x = a, *y = b;
  return strcmp(x->name, y->name);
}

/* All names at address a, joined with '|' into buf; returns 0 if none. */
static int names_at(uintptr_t a, char *buf, size_t size)
{
  size_t lo = 0, hi = nsyms, n = 0;
  buf[0] = 0;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if (syms[mid].addr < a) lo = mid + 1; else hi = mid;
  }
  for (; lo < nsyms && syms[lo].addr == a; lo++) {
    size_t len = strlen(buf);
    snprintf(buf + len, size - len, "%s%s", n++ ? "|" : "", syms[lo].name);
  }
  return n > 0;
}

static int ends_with(char const *s, char const *suffix)
{
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

int main(int argc, char **argv)
{
  char line[1024];
  void *lib;
  struct sym *sorted;
  size_t i;

  if (argc != 2) {
    fprintf(stderr, "usage: nm -D --defined-only -S LIB | %s LIB\n", argv[0]);
    return 2;
  }
  lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
  if (!lib) {
    fprintf(stderr, "dump-tags: %s\n", dlerror());
    return 2;
  }

  while (fgets(line, sizeof line, stdin)) {
    char f[4][512];
    int n = sscanf(line, "%511s %511s %511s %511s", f[0], f[1], f[2], f[3]);
    char const *type, *name;
    unsigned long size = 0;
    void *p;
    if (n == 4) { type = f[2]; name = f[3]; size = strtoul(f[1], NULL, 16); }
    else if (n == 3) { type = f[1]; name = f[2]; }
    else continue;
    if (strchr("DdRrBbVv", type[0]) == NULL)
      continue;
    p = dlsym(lib, name);
    if (!p)
      continue;
    if (nsyms == cap) {
      cap = cap ? 2 * cap : 1024;
      syms = realloc(syms, cap * sizeof *syms);
      if (!syms) return 2;
    }
    syms[nsyms].name = strdup(name);
    syms[nsyms].addr = (uintptr_t)p;
    syms[nsyms].size = size;
    nsyms++;
  }

  /* A sorted-by-name copy for the output order, the table sorted by address for lookups. */
  sorted = malloc((nsyms ? nsyms : 1) * sizeof *sorted);
  if (!sorted) return 2;
  memcpy(sorted, syms, nsyms * sizeof *syms);
  qsort(sorted, nsyms, sizeof *sorted, by_name);
  qsort(syms, nsyms, sizeof *syms, by_addr);

  for (i = 0; i < nsyms; i++) {
    struct tag_obj const *t = (struct tag_obj const *)sorted[i].addr;
    char cls[1024], magic[1024];
    if (sorted[i].size != sizeof *t)
      continue;
    if (!names_at((uintptr_t)t->tt_class, cls, sizeof cls) || !ends_with(cls, "_class"))
      continue;
    if (t->tt_magic == 0)
      strcpy(magic, "0");
    else if (!names_at((uintptr_t)t->tt_magic, magic, sizeof magic))
      snprintf(magic, sizeof magic, "%#lx", (unsigned long)t->tt_magic);
    printf("%s\t%s\t%s\t%s\t%s\n", sorted[i].name,
           t->tt_ns ? t->tt_ns : "(null)", t->tt_name ? t->tt_name : "(null)",
           cls, magic);
  }

  for (i = 0; i < nsyms; i++)
    free(syms[i].name);
  free(syms);
  free(sorted);
  dlclose(lib);
  return 0;
}
