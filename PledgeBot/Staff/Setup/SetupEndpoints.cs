using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PledgeBot.Campaign;
using PledgeBot.Campaign.Links;
using PledgeBot.Web;

namespace PledgeBot.Staff.Setup;

/// <summary><c>GET /admin/setup.json</c> (staff key): the set-up warnings the console shows above the dashboard.</summary>
public static class SetupEndpoints
{
    public static RouteGroupBuilder MapStaffSetup(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/admin").RequireAuthorization(StaffAuth.Policy).WithTags("Staff");
        staff.MapGet("/setup.json", (PublicAddressCheck check, IOptions<CampaignOptions> campaign, HttpResponse response) =>
        {
            response.Headers.CacheControl = "no-store";
            return TypedResults.Ok(new StaffSetup(campaign.Value.PublicBaseUrl, check.Warning is { } warning ? [warning] : []));
        });
        return staff;
    }
}
