using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PledgeBot.Health;

/// <summary>Liveness and readiness probes for the orchestrator.</summary>
public static class HealthEndpoints
{
    /// <summary>Health checks with this tag decide readiness (the store registers one).</summary>
    public const string ReadyTag = "ready";

    public static RouteGroupBuilder MapHealth(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup(string.Empty).WithTags("Health");

        // Liveness checks nothing, so a store outage takes the instance out of rotation instead of restarting it.
        health.MapHealthChecks("/healthz", new HealthCheckOptions { Predicate = _ => false });

        // Readiness: 503 while any "ready" check is unhealthy.
        health.MapHealthChecks("/readyz", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
        return health;
    }
}
