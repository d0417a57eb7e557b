//! TLS for tport (rustls, `ring` provider): configuration from a Sofia-style certificate
//! directory, peer verification policies, OpenSSL cipher-string mapping, and the
//! per-connection state driven by the connection's fd watch.
//!
//! Certificate directory (`NUTAG_CERTIFICATE_DIR` / `TPTAG_CERTIFICATE`):
//! - `agent.pem`: our certificate chain and private key in one file, in either order
//!   (PKCS#1, PKCS#8 or SEC1 key); `tls.pem` is used when there is no `agent.pem`.
//! - `cafile.pem`: the trusted CA certificates (peer verification).
//!
//! Only TLS 1.2 and 1.3 exist here (rustls has no older versions).

use std::fmt;
use std::io::{self, Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::WebPkiServerVerifier;
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::WebPkiClientVerifier;
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, DistinguishedName, RootCertStore, ServerConfig, SignatureScheme};
use rustls_pki_types::pem::PemObject;
use rustls_pki_types::{CertificateDer, PrivateKeyDer, ServerName, UnixTime};

use crate::su::log::tport_log;
use crate::su_debug;

/// `TPTLS_VERIFY_NONE`: no peer verification (Sofia's default).
pub const VERIFY_NONE: u32 = 0x0;
/// `TPTLS_VERIFY_IN`: incoming connections must present a certificate signed by a CA of
/// `cafile.pem`.
pub const VERIFY_IN: u32 = 0x1;
/// `TPTLS_VERIFY_OUT`: the server certificate of outgoing connections must chain to
/// `cafile.pem` and match the server name.
pub const VERIFY_OUT: u32 = 0x2;
/// `TPTLS_VERIFY_ALL`.
pub const VERIFY_ALL: u32 = 0x3;
/// `TPTLS_VERIFY_SUBJECTS_IN`: as `VERIFY_IN`, and the certificate must name one of
/// [`TlsConfig::verify_subjects`].
pub const VERIFY_SUBJECTS_IN: u32 = 0x5;
/// `TPTLS_VERIFY_SUBJECTS_OUT`: as `VERIFY_OUT`, and the server certificate must name one
/// of [`TlsConfig::verify_subjects`].
pub const VERIFY_SUBJECTS_OUT: u32 = 0xA;
/// `TPTLS_VERIFY_SUBJECTS_ALL`.
pub const VERIFY_SUBJECTS_ALL: u32 = 0xF;
/// The subject-check bits of incoming and outgoing connections (Sofia's values).
const SUBJECTS_IN: u32 = 0x4;
const SUBJECTS_OUT: u32 = 0x8;

/// TLS settings of a tport (`TPTAG_TLS_*` equivalents noted).
#[derive(Clone, Debug)]
pub struct TlsConfig {
    /// Certificate directory (`NUTAG_CERTIFICATE_DIR`, `TPTAG_CERTIFICATE`).
    pub cert_dir: Option<PathBuf>,
    /// `TPTAG_TLS_VERIFY_POLICY`: a combination of the `VERIFY_*` constants.
    pub verify_policy: u32,
    /// `TPTAG_TLS_VERIFY_SUBJECTS`: names (DNS names or IP addresses) one of which the peer
    /// certificate must carry in its subjectAltName, under a `VERIFY_SUBJECTS_*` policy.
    pub verify_subjects: Vec<String>,
    /// `TPTAG_TLS_VERIFY_DATE`: refuse expired or not yet valid peer certificates.
    pub verify_date: bool,
    /// `TPTAG_TLS_VERIFY_DEPTH`: accepted for compatibility; rustls bounds chains itself.
    pub verify_depth: u32,
    /// `TPTAG_TLS_CIPHERS`: an OpenSSL cipher string, mapped best-effort (see [`map_ciphers`]).
    pub ciphers: Option<String>,
    /// `TPTAG_TLS_PASSPHRASE`: encrypted private keys are not supported; a key that needs
    /// one is refused with an error saying so.
    pub passphrase: Option<String>,
}

impl Default for TlsConfig {
    fn default() -> Self {
        TlsConfig {
            cert_dir: None,
            verify_policy: VERIFY_NONE,
            verify_subjects: Vec::new(),
            verify_date: true,
            verify_depth: 2,
            ciphers: None,
            passphrase: None,
        }
    }
}

impl TlsConfig {
    /// `TPTAG_TLS_VERIFY_PEER(on)`: verify in both directions, or not at all.
    pub fn set_verify_peer(&mut self, on: bool) {
        self.verify_policy = if on { VERIFY_ALL } else { VERIFY_NONE };
    }
}

fn cfg_err(msg: String) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidInput, msg)
}

/// Our certificate chain and key.
struct Identity {
    chain: Vec<CertificateDer<'static>>,
    key: PrivateKeyDer<'static>,
}

/// `agent.pem` (or `tls.pem`) of the directory; None when neither exists.
fn load_identity(cfg: &TlsConfig) -> io::Result<Option<Identity>> {
    let Some(dir) = &cfg.cert_dir else { return Ok(None) };
    let Some(path) = ["agent.pem", "tls.pem"].iter().map(|f| dir.join(f)).find(|p| p.exists()) else {
        return Ok(None);
    };
    read_identity(&path, &path, None).map(Some)
}

/// The identity of a WSS listener, looked up in the certificate directory as FreeSWITCH's
/// Sofia does: `wss.crt` + `wss.key` (with `ca-bundle.crt` as the rest of the chain when
/// present), else `wss.pem` (certificate and key in one file); when there is neither, the
/// TLS transport's `agent.pem` / `tls.pem`.
fn load_wss_identity(cfg: &TlsConfig) -> io::Result<Option<Identity>> {
    let Some(dir) = &cfg.cert_dir else { return Ok(None) };
    let (crt, key, bundle) = (dir.join("wss.crt"), dir.join("wss.key"), dir.join("ca-bundle.crt"));
    if crt.exists() && key.exists() {
        return read_identity(&crt, &key, Some(&bundle).filter(|b| b.exists()).map(|b| b.as_path())).map(Some);
    }
    let pem = dir.join("wss.pem");
    if pem.exists() {
        return read_identity(&pem, &pem, None).map(Some);
    }
    load_identity(cfg)
}

/// Certificate chain from `cert` (then `extra`), private key from `key` (may be the same file).
fn read_identity(cert: &Path, key: &Path, extra: Option<&Path>) -> io::Result<Identity> {
    let read = |p: &Path| std::fs::read(p).map_err(|e| cfg_err(format!("tport: TLS: cannot read {}: {e}", p.display())));
    let certs = |text: &[u8], p: &Path| -> io::Result<Vec<CertificateDer<'static>>> {
        CertificateDer::pem_slice_iter(text)
            .collect::<Result<_, _>>()
            .map_err(|e| cfg_err(format!("tport: TLS: bad certificate in {}: {e:?}", p.display())))
    };
    let text = read(cert)?;
    let mut chain = certs(&text, cert)?;
    if chain.is_empty() {
        return Err(cfg_err(format!("tport: TLS: no certificate in {}", cert.display())));
    }
    if let Some(x) = extra {
        chain.extend(certs(&read(x)?, x)?);
    }
    let key_text = if key == cert { text } else { read(key)? };
    let key = match PrivateKeyDer::from_pem_slice(&key_text) {
        Ok(k) => k,
        Err(_) if contains(&key_text, b"ENCRYPTED") => {
            return Err(cfg_err(format!(
                "tport: TLS: the private key in {} is encrypted; passphrase-protected keys are not supported (store it unencrypted)",
                key.display()
            )))
        }
        Err(e) => return Err(cfg_err(format!("tport: TLS: no usable private key in {}: {e:?}", key.display()))),
    };
    Ok(Identity { chain, key })
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// The CAs of `cafile.pem` (empty when there is none).
fn load_roots(cfg: &TlsConfig) -> io::Result<RootCertStore> {
    let mut roots = RootCertStore::empty();
    let Some(dir) = &cfg.cert_dir else { return Ok(roots) };
    let path = dir.join("cafile.pem");
    if !path.exists() {
        return Ok(roots);
    }
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(&path)
        .and_then(|it| it.collect::<Result<_, _>>())
        .map_err(|e| cfg_err(format!("tport: TLS: cannot read {}: {e:?}", path.display())))?;
    for c in certs {
        if let Err(e) = roots.add(c) {
            return Err(cfg_err(format!("tport: TLS: unusable CA certificate in {}: {}", path.display(), describe(&e))));
        }
    }
    Ok(roots)
}

/// Text of a rustls error, with a hint for the common causes that are not obvious.
pub(crate) fn describe(e: &rustls::Error) -> String {
    let dbg = format!("{e:?}");
    if dbg.contains("UnsupportedCertVersion") {
        format!("{e} (X.509 v1 certificates are not supported: make the CA and certificates as X.509 v3)")
    } else {
        e.to_string()
    }
}

/// A handshake or record-layer error as an `io::Error`.
pub(crate) fn io_error(e: &rustls::Error) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("tport: TLS: {}", describe(e)))
}

/// Maps an OpenSSL cipher string onto rustls suites. OpenSSL suite names
/// (`ECDHE-RSA-AES128-GCM-SHA256`), IANA names (`TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256`,
/// `TLS_AES_128_GCM_SHA256`) and the keywords `ALL DEFAULT HIGH ECDHE EECDH AESGCM AES AES128
/// AES256 CHACHA20 ECDSA aECDSA RSA aRSA TLSv1.2 TLSv1.3` select suites; `!x`/`-x` remove them.
/// Other names (weak classes such as `LOW`, `EXP`, `MD5`, `RC4`, `aNULL`, and ordering
/// directives like `@STRENGTH`) select nothing here and are logged once when used positively.
/// As in OpenSSL, TLS 1.3 suites stay enabled unless the string names some of them.
/// An empty result falls back to every suite (logged).
pub fn map_ciphers(spec: &str, all: &[rustls::SupportedCipherSuite]) -> Vec<rustls::SupportedCipherSuite> {
    let is13 = |s: &rustls::SupportedCipherSuite| matches!(s, rustls::SupportedCipherSuite::Tls13(_));
    let mut chosen: Vec<rustls::SupportedCipherSuite> = Vec::new();
    let mut removed: Vec<rustls::SupportedCipherSuite> = Vec::new();
    let mut named13 = false;
    for tok in spec.split([':', ',', ' ']).filter(|t| !t.is_empty()) {
        let (neg, name) = match tok.as_bytes()[0] {
            b'!' | b'-' => (true, &tok[1..]),
            b'+' => (false, &tok[1..]),
            _ => (false, tok),
        };
        let sel: Vec<rustls::SupportedCipherSuite> = all.iter().copied().filter(|s| suite_matches(s, name)).collect();
        if sel.iter().any(is13) && !matches!(name.to_ascii_uppercase().as_str(), "ALL" | "DEFAULT" | "HIGH") {
            named13 |= !neg;
        }
        if sel.is_empty() {
            if !neg && !name.starts_with('@') {
                su_debug!(tport_log, 3, "tport: TLS cipher '{}' is unknown to rustls or not offered; ignored\n", name);
            }
            continue;
        }
        if neg {
            removed.extend(sel);
        } else {
            for s in sel {
                if !chosen.iter().any(|c| c.suite() == s.suite()) {
                    chosen.push(s);
                }
            }
        }
    }
    if chosen.is_empty() {
        su_debug!(tport_log, 3, "tport: TLS cipher string '{}' selects no suite rustls has; using the defaults\n", spec);
        let rest: Vec<_> = all.iter().copied().filter(|s| !removed.iter().any(|r| r.suite() == s.suite())).collect();
        return if rest.is_empty() { all.to_vec() } else { rest };
    }
    if !named13 {
        for s in all.iter().filter(|s| is13(s)) {
            if !chosen.iter().any(|c| c.suite() == s.suite()) {
                chosen.push(*s);
            }
        }
    }
    chosen.retain(|s| !removed.iter().any(|r| r.suite() == s.suite()));
    if chosen.is_empty() {
        su_debug!(tport_log, 3, "tport: TLS cipher string '{}' selects no suite rustls has; using the defaults\n", spec);
        return all.to_vec();
    }
    chosen
}

fn suite_matches(s: &rustls::SupportedCipherSuite, name: &str) -> bool {
    let iana = s.suite().as_str().unwrap_or("").replace("TLS13_", "TLS_");
    let tls13 = matches!(s, rustls::SupportedCipherSuite::Tls13(_));
    let ossl = openssl_name(&iana);
    let n = name.to_ascii_uppercase();
    if n == iana || Some(n.as_str()) == ossl.as_deref() {
        return true;
    }
    let has = |x: &str| iana.contains(x);
    match n.as_str() {
        "ALL" | "DEFAULT" | "HIGH" | "SECURE" => true,
        "TLSV1.3" => tls13,
        "TLSV1.2" => !tls13,
        "ECDHE" | "EECDH" | "KECDHE" => !tls13,
        "ECDSA" | "AECDSA" => has("ECDSA"),
        "RSA" | "ARSA" => has("_RSA_"),
        "AESGCM" => has("GCM"),
        "AES" => has("AES"),
        "AES128" => has("AES_128"),
        "AES256" => has("AES_256"),
        "CHACHA20" => has("CHACHA20"),
        "SHA256" => has("SHA256"),
        "SHA384" => has("SHA384"),
        _ => false,
    }
}

/// OpenSSL's name of a TLS 1.2 suite (TLS 1.3 suites have the same name in both).
fn openssl_name(iana: &str) -> Option<String> {
    let rest = iana.strip_prefix("TLS_ECDHE_")?;
    let (auth, cipher) = rest.split_once("_WITH_")?;
    let cipher = match cipher {
        "AES_128_GCM_SHA256" => "AES128-GCM-SHA256",
        "AES_256_GCM_SHA384" => "AES256-GCM-SHA384",
        "CHACHA20_POLY1305_SHA256" => "CHACHA20-POLY1305",
        _ => return None,
    };
    Some(format!("ECDHE-{auth}-{cipher}"))
}

fn provider(cfg: &TlsConfig) -> Arc<CryptoProvider> {
    let mut p = rustls::crypto::ring::default_provider();
    if let Some(spec) = cfg.ciphers.as_deref().filter(|s| !s.trim().is_empty()) {
        p.cipher_suites = map_ciphers(spec, &p.cipher_suites);
    }
    Arc::new(p)
}

fn versions(p: &CryptoProvider) -> Vec<&'static rustls::SupportedProtocolVersion> {
    let mut v = Vec::new();
    if p.cipher_suites.iter().any(|s| matches!(s, rustls::SupportedCipherSuite::Tls13(_))) {
        v.push(&rustls::version::TLS13);
    }
    if p.cipher_suites.iter().any(|s| matches!(s, rustls::SupportedCipherSuite::Tls12(_))) {
        v.push(&rustls::version::TLS12);
    }
    v
}

fn rustls_cfg_err(what: &str, e: &rustls::Error) -> io::Error {
    cfg_err(format!("tport: TLS: {what}: {}", describe(e)))
}

/// The server side of a TLS listener: `agent.pem` is required; with `VERIFY_IN`, clients
/// must present a certificate of a CA in `cafile.pem`.
pub(crate) fn server_config(cfg: &TlsConfig) -> io::Result<Arc<ServerConfig>> {
    let id = load_identity(cfg)?.ok_or_else(|| match &cfg.cert_dir {
        Some(d) => cfg_err(format!("tport: TLS: no agent.pem (or tls.pem) in {}", d.display())),
        None => cfg_err("tport: TLS needs a certificate directory (TPTAG_CERTIFICATE)".into()),
    })?;
    server_config_for(cfg, id)
}

/// The server side of a WSS listener: as [`server_config`], with the certificate of
/// `wss.crt`/`wss.key`, `wss.pem` or else `agent.pem` (see `load_wss_identity`).
pub(crate) fn wss_server_config(cfg: &TlsConfig) -> io::Result<Arc<ServerConfig>> {
    let id = load_wss_identity(cfg)?.ok_or_else(|| match &cfg.cert_dir {
        Some(d) => cfg_err(format!("tport: WSS: no wss.crt + wss.key, wss.pem or agent.pem in {}", d.display())),
        None => cfg_err("tport: WSS needs a certificate directory (TPTAG_CERTIFICATE)".into()),
    })?;
    server_config_for(cfg, id)
}

fn server_config_for(cfg: &TlsConfig, id: Identity) -> io::Result<Arc<ServerConfig>> {
    let p = provider(cfg);
    let builder = ServerConfig::builder_with_provider(p.clone())
        .with_protocol_versions(&versions(&p))
        .map_err(|e| rustls_cfg_err("protocol versions", &e))?;
    let builder = if cfg.verify_policy & VERIFY_IN != 0 {
        let roots = load_roots(cfg)?;
        if roots.is_empty() {
            return Err(cfg_err("tport: TLS: verifying clients needs CA certificates in cafile.pem".into()));
        }
        let inner = WebPkiClientVerifier::builder_with_provider(Arc::new(roots), p.clone())
            .build()
            .map_err(|e| cfg_err(format!("tport: TLS: client verifier: {e}")))?;
        builder.with_client_cert_verifier(Arc::new(CheckedClient {
            inner,
            subjects: subjects(cfg, VERIFY_IN),
            verify_date: cfg.verify_date,
        }))
    } else {
        builder.with_no_client_auth()
    };
    let mut sc = builder.with_single_cert(id.chain, id.key).map_err(|e| rustls_cfg_err("agent.pem", &e))?;
    sc.ignore_client_order = false;
    Ok(Arc::new(sc))
}

/// The client side: with `VERIFY_OUT`, servers must present a certificate of a CA in
/// `cafile.pem` for the name connected to; without, any certificate is accepted (Sofia's
/// default). `agent.pem`, when present, is offered to servers asking for a client certificate.
pub(crate) fn client_config(cfg: &TlsConfig) -> io::Result<Arc<ClientConfig>> {
    let p = provider(cfg);
    let verifier: Arc<dyn ServerCertVerifier> = if cfg.verify_policy & VERIFY_OUT != 0 {
        let roots = load_roots(cfg)?;
        if roots.is_empty() {
            return Err(cfg_err("tport: TLS: verifying servers needs CA certificates in cafile.pem".into()));
        }
        let inner = WebPkiServerVerifier::builder_with_provider(Arc::new(roots), p.clone())
            .build()
            .map_err(|e| cfg_err(format!("tport: TLS: server verifier: {e}")))?;
        Arc::new(CheckedServer { inner: Some(inner), provider: p.clone(), subjects: subjects(cfg, VERIFY_OUT), verify_date: cfg.verify_date })
    } else {
        Arc::new(CheckedServer { inner: None, provider: p.clone(), subjects: Vec::new(), verify_date: false })
    };
    let builder = ClientConfig::builder_with_provider(p.clone())
        .with_protocol_versions(&versions(&p))
        .map_err(|e| rustls_cfg_err("protocol versions", &e))?
        .dangerous()
        .with_custom_certificate_verifier(verifier);
    let cc = match load_identity(cfg)? {
        Some(id) => builder.with_client_auth_cert(id.chain, id.key).map_err(|e| rustls_cfg_err("agent.pem", &e))?,
        None => builder.with_no_client_auth(),
    };
    Ok(Arc::new(cc))
}

/// The subject names to require in direction `dir` (empty: no subject check).
fn subjects(cfg: &TlsConfig, dir: u32) -> Vec<ServerName<'static>> {
    let bit = if dir == VERIFY_IN { SUBJECTS_IN } else { SUBJECTS_OUT };
    if cfg.verify_policy & bit == 0 || cfg.verify_policy & dir == 0 {
        return Vec::new();
    }
    cfg.verify_subjects
        .iter()
        .filter_map(|s| match ServerName::try_from(s.trim().to_string()) {
            Ok(n) => Some(n),
            Err(_) => {
                su_debug!(tport_log, 3, "tport: TLS verify subject '{}' is not a DNS name or IP address; ignored\n", s);
                None
            }
        })
        .collect()
}

fn date_error(e: &rustls::Error) -> bool {
    matches!(
        e,
        rustls::Error::InvalidCertificate(
            CertificateError::Expired | CertificateError::NotValidYet | CertificateError::ExpiredContext { .. } | CertificateError::NotValidYetContext { .. }
        )
    )
}

fn check_subjects(end_entity: &CertificateDer<'_>, subjects: &[ServerName<'static>]) -> Result<(), rustls::Error> {
    if subjects.is_empty() {
        return Ok(());
    }
    let ee = webpki::EndEntityCert::try_from(end_entity).map_err(|_| rustls::Error::InvalidCertificate(CertificateError::BadEncoding))?;
    if subjects.iter().any(|n| ee.verify_is_valid_for_subject_name(n).is_ok()) {
        Ok(())
    } else {
        Err(rustls::Error::InvalidCertificate(CertificateError::NotValidForName))
    }
}

/// Server-certificate check of outgoing connections: WebPKI (when verifying) plus the
/// subject list and the date policy; without `inner`, only the handshake signatures.
struct CheckedServer {
    inner: Option<Arc<WebPkiServerVerifier>>,
    provider: Arc<CryptoProvider>,
    subjects: Vec<ServerName<'static>>,
    verify_date: bool,
}

impl fmt::Debug for CheckedServer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CheckedServer").field("verifying", &self.inner.is_some()).finish()
    }
}

impl ServerCertVerifier for CheckedServer {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        if let Some(inner) = &self.inner {
            match inner.verify_server_cert(end_entity, intermediates, server_name, ocsp, now) {
                Ok(_) => {}
                Err(e) if !self.verify_date && date_error(&e) => {}
                Err(e) => return Err(e),
            }
        }
        check_subjects(end_entity, &self.subjects)?;
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(m, c, d, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(m, c, d, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// Client-certificate check of incoming connections (`VERIFY_IN`).
struct CheckedClient {
    inner: Arc<dyn ClientCertVerifier>,
    subjects: Vec<ServerName<'static>>,
    verify_date: bool,
}

impl fmt::Debug for CheckedClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CheckedClient").field("subjects", &self.subjects.len()).finish()
    }
}

impl ClientCertVerifier for CheckedClient {
    fn offer_client_auth(&self) -> bool {
        true
    }

    fn client_auth_mandatory(&self) -> bool {
        true
    }

    fn root_hint_subjects(&self) -> &[DistinguishedName] {
        self.inner.root_hint_subjects()
    }

    fn verify_client_cert(&self, end_entity: &CertificateDer<'_>, intermediates: &[CertificateDer<'_>], now: UnixTime) -> Result<ClientCertVerified, rustls::Error> {
        match self.inner.verify_client_cert(end_entity, intermediates, now) {
            Ok(_) => {}
            Err(e) if !self.verify_date && date_error(&e) => {}
            Err(e) => return Err(e),
        }
        check_subjects(end_entity, &self.subjects)?;
        Ok(ClientCertVerified::assertion())
    }

    fn verify_tls12_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls12_signature(m, c, d)
    }

    fn verify_tls13_signature(&self, m: &[u8], c: &CertificateDer<'_>, d: &DigitallySignedStruct) -> Result<HandshakeSignatureValid, rustls::Error> {
        self.inner.verify_tls13_signature(m, c, d)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.inner.supported_verify_schemes()
    }
}

/// The name to present (SNI) and verify for an outgoing connection: the SIP URI host when
/// given, else the destination IP address.
pub(crate) fn server_name(host: Option<&str>, dest: &SocketAddr) -> io::Result<ServerName<'static>> {
    match host {
        Some(h) => {
            let h = h.trim().trim_start_matches('[').trim_end_matches(']');
            ServerName::try_from(h.to_string()).map_err(|_| cfg_err(format!("tport: TLS: '{h}' is not a valid server name")))
        }
        None => Ok(ServerName::IpAddress(dest.ip().into())),
    }
}

/// The TLS state of one connection.
pub(crate) struct TlsConn {
    conn: rustls::Connection,
    /// Plaintext sent before the handshake finished.
    plain: Vec<u8>,
}

impl TlsConn {
    pub(crate) fn client(cfg: Arc<ClientConfig>, name: ServerName<'static>) -> io::Result<TlsConn> {
        let c = rustls::ClientConnection::new(cfg, name).map_err(|e| io_error(&e))?;
        Ok(TlsConn { conn: c.into(), plain: Vec::new() })
    }

    pub(crate) fn server(cfg: Arc<ServerConfig>) -> io::Result<TlsConn> {
        let c = rustls::ServerConnection::new(cfg).map_err(|e| io_error(&e))?;
        Ok(TlsConn { conn: c.into(), plain: Vec::new() })
    }

    pub(crate) fn handshaking(&self) -> bool {
        self.conn.is_handshaking()
    }

    /// Plaintext waiting for the end of the handshake.
    pub(crate) fn pending_plain(&self) -> usize {
        self.plain.len()
    }

    /// Queue plaintext for sending.
    pub(crate) fn write_plain(&mut self, data: &[u8]) -> io::Result<()> {
        if self.conn.is_handshaking() {
            self.plain.extend_from_slice(data);
            Ok(())
        } else {
            self.conn.writer().write_all(data)
        }
    }

    /// Move the ciphertext rustls has ready (and plaintext held back during the handshake)
    /// to `out`.
    pub(crate) fn drain_to(&mut self, out: &mut Vec<u8>) -> io::Result<()> {
        if !self.plain.is_empty() && !self.conn.is_handshaking() {
            let p = std::mem::take(&mut self.plain);
            self.conn.writer().write_all(&p)?;
        }
        while self.conn.wants_write() {
            self.conn.write_tls(out)?;
        }
        Ok(())
    }

    /// Reads ciphertext from `stream` (a bounded number of records) and appends the
    /// plaintext to `rbuf`. Returns whether the peer has closed (EOF or close_notify);
    /// `WouldBlock` ends the reading without error.
    pub(crate) fn read(&mut self, stream: &TcpStream, rbuf: &mut Vec<u8>, buf: &mut [u8]) -> io::Result<bool> {
        let mut s = stream;
        for _ in 0..16 {
            let n = match self.conn.read_tls(&mut s) {
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::WouldBlock => return Ok(false),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            if let Err(e) = self.conn.process_new_packets() {
                return Err(io_error(&e));
            }
            loop {
                match self.conn.reader().read(buf) {
                    Ok(0) => return Ok(true),
                    Ok(k) => rbuf.extend_from_slice(&buf[..k]),
                    Err(e) if e.kind() == io::ErrorKind::WouldBlock => break,
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => return Ok(true),
                    Err(e) => return Err(e),
                }
            }
            if n == 0 {
                if self.conn.is_handshaking() {
                    return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "tport: TLS: peer closed during the handshake"));
                }
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// Queue a close_notify alert (the caller writes it out best-effort).
    pub(crate) fn close_notify(&mut self) {
        self.conn.send_close_notify();
    }
}

/// Is `path` a usable certificate directory (has `agent.pem` or `tls.pem`)?
pub fn has_identity(path: &Path) -> bool {
    path.join("agent.pem").exists() || path.join("tls.pem").exists()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[rustls::SupportedCipherSuite]) -> Vec<String> {
        v.iter().map(|s| s.suite().as_str().unwrap_or("?").to_string()).collect()
    }

    #[test]
    fn cipher_strings() {
        let all = rustls::crypto::ring::default_provider().cipher_suites;
        // Sofia's default string: everything rustls has.
        assert_eq!(map_ciphers("ALL:!ADH:!LOW:!EXP:!MD5:@STRENGTH", &all).len(), all.len());
        let v = names(&map_ciphers("ECDHE-RSA-AES256-GCM-SHA384", &all));
        assert!(v.contains(&"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384".to_string()), "{v:?}");
        assert!(v.iter().any(|n| n.starts_with("TLS13_")), "TLS 1.3 kept: {v:?}");
        assert_eq!(v.iter().filter(|n| !n.starts_with("TLS13_")).count(), 1);
        let v = names(&map_ciphers("TLS_AES_128_GCM_SHA256", &all));
        assert_eq!(v, vec!["TLS13_AES_128_GCM_SHA256".to_string()]);
        let v = names(&map_ciphers("HIGH:!CHACHA20", &all));
        assert!(v.iter().all(|n| !n.contains("CHACHA")), "{v:?}");
        // Nothing known: the defaults.
        assert_eq!(map_ciphers("RC4-MD5:NULL", &all).len(), all.len());
    }
}
