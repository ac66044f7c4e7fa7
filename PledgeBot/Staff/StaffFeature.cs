using PledgeBot.Staff.Dashboard;
using PledgeBot.Staff.Exports;
using PledgeBot.Staff.Funnel;
using PledgeBot.Staff.Setup;

namespace PledgeBot.Staff;

/// <summary>The staff side under <c>/admin</c>: staff keys, exports, the dashboard, the funnel and the setup check.
/// Referral administration is the Referrals feature's (same staff policy).</summary>
public static class StaffFeature
{
    public static IServiceCollection AddStaffFeature(this IServiceCollection services)
    {
        services.AddStaff();
        services.AddExports();
        services.AddDashboard();
        return services;
    }

    public static WebApplication MapStaffFeature(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapExports();
        app.MapDashboard();
        app.MapFunnel();
        app.MapStaffSetup();
        return app;
    }
}
