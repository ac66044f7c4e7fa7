using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Links;

namespace PledgeBot.Web;

/// <summary>Once the host listens, checks that <c>Campaign:PublicBaseUrl</c> is not still the laptop default while the
/// host listens somewhere else: invite links, pledge cards and booth QR codes would all point at localhost. Warns in
/// the start-up log and, through <see cref="Warning"/>, on <c>/admin</c>. Only this process's own settings are read.</summary>
public sealed class PublicAddressCheck(
    IServer server, IOptions<CampaignOptions> campaign, IHostApplicationLifetime lifetime, ILogger<PublicAddressCheck> logger)
    : IHostedService
{
    private static readonly Uri s_default = new(CampaignOptions.DefaultPublicBaseUrl);

    private volatile string? _warning;

    /// <summary>What staff should fix, in both languages, or null when nothing is wrong (or not known yet).</summary>
    public string? Warning => _warning;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(Check);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal void Check()
    {
        if (!Uri.TryCreate(campaign.Value.PublicBaseUrl, UriKind.Absolute, out var configured)
            || Uri.Compare(configured, s_default, UriComponents.SchemeAndServer, UriFormat.Unescaped, StringComparison.OrdinalIgnoreCase) != 0)
        {
            return;
        }

        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? [];
        if (addresses.Count == 0 || addresses.Any(IsTheDefault))
        {
            return;
        }

        var listening = string.Join(", ", addresses);
        logger.PublicBaseUrlIsDefault(CampaignOptions.DefaultPublicBaseUrl, listening);
        _warning = $"Campaign:PublicBaseUrl vẫn là {CampaignOptions.DefaultPublicBaseUrl} trong khi máy chủ nghe ở {listening}: link mời, thẻ cam kết và mã QR "
            + "sẽ trỏ về localhost. Hãy đặt Campaign:PublicBaseUrl là địa chỉ công khai. · "
            + $"Campaign:PublicBaseUrl is still {CampaignOptions.DefaultPublicBaseUrl} while this host listens on {listening}: invite links, pledge "
            + "cards and QR codes point at localhost. Set Campaign:PublicBaseUrl to the public address.";
    }

    // "http://localhost:3978", "http://127.0.0.1:3978", "http://[::1]:3978": the laptop the default is meant for.
    private static bool IsTheDefault(string address)
    {
        var normalized = address.Replace("://+:", "://any:", StringComparison.Ordinal).Replace("://*:", "://any:", StringComparison.Ordinal);
        return Uri.TryCreate(normalized, UriKind.Absolute, out var url)
            && url.Port == s_default.Port
            && url.Scheme == s_default.Scheme
            && (url.IsLoopback || url.Host == "localhost");
    }
}
