using Microsoft.Extensions.Options;
using PledgeBot.Auth;

namespace PledgeBot.Observability;

/// <summary>The Prometheus scrape endpoint, when Observability:Prometheus is on: <c>/metrics</c> behind the staff key,
/// or only on Observability:PrometheusPort (an internal port) without it.</summary>
public static class ObservabilityEndpoints
{
    public const string Route = "/metrics";

    public static IEndpointConventionBuilder? MapObservability(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<IOptions<ObservabilityOptions>>().Value;

        // The gauges observe this instance's queue and live streams from the first collection on.
        _ = app.Services.GetRequiredService<ObservedGauges>();
        if (!options.Prometheus)
        {
            return null;
        }

        var metrics = app.MapPrometheusScrapingEndpoint(Route).WithTags("Observability");
        return options.PrometheusPort > 0
            ? metrics.RequireHost($"*:{options.PrometheusPort}")
            : metrics.RequireAuthorization(AuthPolicies.Staff);
    }
}
