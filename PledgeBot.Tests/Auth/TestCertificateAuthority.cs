using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace PledgeBot.Tests.Auth;

/// <summary>A throwaway CA and a 127.0.0.1 server certificate it issued. Clients trust it through
/// <see cref="Validate"/>, a real chain check against this CA only, not a blanket "accept anything".</summary>
public sealed class TestCertificateAuthority : IDisposable
{
    private TestCertificateAuthority(X509Certificate2 root, X509Certificate2 server)
    {
        Root = root;
        ServerCertificate = server;
    }

    public X509Certificate2 Root { get; }

    public X509Certificate2 ServerCertificate { get; }

    public static TestCertificateAuthority Create()
    {
        using var rootKey = RSA.Create(2048);
        var rootRequest = new CertificateRequest("CN=PledgeBot Test CA", rootKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        rootRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        rootRequest.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        var now = DateTimeOffset.UtcNow;
        using var rootWithKey = rootRequest.CreateSelfSigned(now.AddDays(-1), now.AddDays(1));

        using var serverKey = RSA.Create(2048);
        var serverRequest = new CertificateRequest("CN=127.0.0.1", serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        serverRequest.CertificateExtensions.Add(names.Build());
        serverRequest.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, false));
        serverRequest.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        using var issued = serverRequest.Create(rootWithKey, now.AddHours(-1), now.AddHours(12), RandomNumberGenerator.GetBytes(16));
        using var serverWithKey = issued.CopyWithPrivateKey(serverKey);

        // A PKCS#12 round trip gives the TLS stack a key it can use on every platform.
        var server = X509CertificateLoader.LoadPkcs12(serverWithKey.Export(X509ContentType.Pkcs12), null);
        var root = X509CertificateLoader.LoadCertificate(rootWithKey.Export(X509ContentType.Cert));
        return new TestCertificateAuthority(root, server);
    }

    /// <summary>Accepts a server certificate only if its name matched and it chains to this CA.</summary>
    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (certificate is null || (errors & SslPolicyErrors.RemoteCertificateNameMismatch) != 0)
        {
            return false;
        }

        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.Add(Root);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        return custom.Build(presented);
    }

    public void Dispose()
    {
        Root.Dispose();
        ServerCertificate.Dispose();
    }
}
