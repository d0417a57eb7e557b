# Convenience targets around cargo. The library itself is built by `cargo build --release`
# (1.13 flavour) or `cargo build --release --features abi-1-12` (Debian 1.12 flavour).
#
#   make                      build the 1.13 flavour
#   make FLAVOUR=1.12         build the 1.12 flavour (into target/abi-1-12)
#   make install PREFIX=/usr/local [FLAVOUR=1.12] [DESTDIR=...]
#   make test                 everything tools/test-all runs
#   make demo                 build and run the demo programs of examples-c/

PREFIX ?= /usr/local
FLAVOUR ?= 1.13
DESTDIR ?=

ifeq ($(FLAVOUR),1.12)
CARGO_FLAGS = --features abi-1-12 --target-dir target/abi-1-12
LIBDIR_BUILD = target/abi-1-12/release
PC_VERSION = 1.12.11
PC_CFLAGS = -DSOFIA_RS_ABI_1_12
else
CARGO_FLAGS =
LIBDIR_BUILD = target/release
PC_VERSION = 1.13.18
PC_CFLAGS =
endif

.PHONY: all build install test demo clean

all: build

build:
	cargo build --release $(CARGO_FLAGS)

install: build
	install -d $(DESTDIR)$(PREFIX)/lib/pkgconfig $(DESTDIR)$(PREFIX)/include/sofia-sip-$(FLAVOUR)/sofia-sip/gen
	install -m 0755 $(LIBDIR_BUILD)/libsofia_sip_ua.so $(DESTDIR)$(PREFIX)/lib/libsofia-sip-ua.so.0.6.0
	ln -sf libsofia-sip-ua.so.0.6.0 $(DESTDIR)$(PREFIX)/lib/libsofia-sip-ua.so.0
	ln -sf libsofia-sip-ua.so.0 $(DESTDIR)$(PREFIX)/lib/libsofia-sip-ua.so
	install -m 0644 include/sofia-sip/*.h $(DESTDIR)$(PREFIX)/include/sofia-sip-$(FLAVOUR)/sofia-sip/
	install -d $(DESTDIR)$(PREFIX)/include/sofia-sip-$(FLAVOUR)/sofia-resolv
	install -m 0644 include/sofia-resolv/*.h $(DESTDIR)$(PREFIX)/include/sofia-sip-$(FLAVOUR)/sofia-resolv/
	install -d $(DESTDIR)$(PREFIX)/include/sofia-sip-$(FLAVOUR)/sofia-resolv
	install -m 0644 include/sofia-resolv/*.h $(DESTDIR)$(PREFIX)/include/sofia-sip-$(FLAVOUR)/sofia-resolv/
	$(if $(wildcard include/sofia-sip/gen/*.h),install -m 0644 include/sofia-sip/gen/*.h $(DESTDIR)$(PREFIX)/include/sofia-sip-$(FLAVOUR)/sofia-sip/gen/)
	sed -e 's|@PREFIX@|$(PREFIX)|' -e 's|@ABI@|$(FLAVOUR)|' -e 's|@VERSION@|$(PC_VERSION)|' \
	    -e 's|@CFLAGS@|$(if $(PC_CFLAGS), $(PC_CFLAGS),)|' sofia-sip-ua.pc.in \
	    > $(DESTDIR)$(PREFIX)/lib/pkgconfig/sofia-sip-ua.pc

test:
	tools/test-all

demo:
	examples-c/run-demo

clean:
	cargo clean
	rm -rf c-tests/out
