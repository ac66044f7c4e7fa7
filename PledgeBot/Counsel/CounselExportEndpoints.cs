using Microsoft.AspNetCore.Http.HttpResults;
using PledgeBot.Staff;
using PledgeBot.Staff.Exports;

namespace PledgeBot.Counsel;

/// <summary><c>GET /admin/export/counsel.{csv|json}?from&amp;to</c> (staff key): the console's counts per Viet Nam day
/// and channel, with the exports' date rules, streaming and audit. Counts only: no chat, no text, no key.</summary>
public static class CounselExportEndpoints
{
    public static RouteGroupBuilder MapCounselExport(this IEndpointRouteBuilder app)
    {
        var staff = app.MapGroup("/admin/export").RequireAuthorization(StaffAuth.Policy).WithTags("Staff");
        staff.MapGet("/counsel.{format}", ExportAsync);
        return staff;
    }

    private static Task<Results<PushStreamHttpResult, ValidationProblem, NotFound>> ExportAsync(
        string format, string? from, string? to, HttpContext context, CounselExportQuery query, ExportAudit audit, CancellationToken cancellationToken) =>
        ExportFile.DaysAsync(
            "counsel", format, from, to, audit, context.User.FindFirst(StaffAuth.KeyIdClaim)?.Value ?? "unknown", query.ReadAsync, cancellationToken);
}
