/*
 * IIS sub-statuses ("500.19"): IIS shows them on its detailed error pages and writes the number after the dot
 * in the sc-substatus log field; the client still gets the plain status.
 * Sources: Microsoft Learn, "HTTP status code in IIS" (KB 943891), for the IIS codes; Microsoft Learn,
 * "Troubleshoot ASP.NET Core on Azure App Service and IIS", for the ASP.NET Core Module's 500.30, 500.31 and
 * 502.5. Texts were written for Status Lens.
 */
import type { Link } from "./entry";

export interface IisSubStatus {
  status: number;
  sub: number;
  name: string;
  /** What went wrong and what to check, in one or two sentences. */
  meaning: string;
  source: Link;
}

const IIS_CODES: Link = {
  title: "Microsoft Learn: HTTP status code in IIS",
  url: "https://learn.microsoft.com/en-us/troubleshoot/developer/webapps/iis/health-diagnostic-performance/http-status-code",
};
const ANCM: Link = {
  title: "Microsoft Learn: Troubleshoot ASP.NET Core on Azure App Service and IIS",
  url: "https://learn.microsoft.com/en-us/aspnet/core/test/troubleshoot-azure-iis",
};

const iis = (status: number, sub: number, name: string, meaning: string): IisSubStatus => ({
  status,
  sub,
  name,
  meaning,
  source: IIS_CODES,
});

export const IIS_SUB_STATUSES: readonly IisSubStatus[] = [
  iis(401, 1, "Logon failed", "The credentials sent were rejected: check the user name, password or token."),
  iis(
    401,
    2,
    "Logon failed due to server configuration",
    "No authentication method the browser can use is enabled for the site, or anonymous access is off: check Authentication in IIS Manager.",
  ),
  iis(
    401,
    3,
    "Unauthorized due to ACL on resource",
    "The Windows file permissions (NTFS ACL) deny the identity IIS runs the request as: check the file's security settings for that account.",
  ),
  iis(
    403,
    14,
    "Directory listing denied",
    "The URL is a folder with no default document and directory browsing is off: add a default document or request a file.",
  ),
  iis(
    403,
    4,
    "SSL required",
    "The site or folder requires https and the request came over http: use the https URL or relax 'Require SSL'.",
  ),
  iis(
    404,
    0,
    "Not found",
    "The file or folder does not exist on disk at the mapped path: check the physical path and the URL's spelling.",
  ),
  iis(
    404,
    2,
    "Denied by ISAPI and CGI restrictions",
    "The ISAPI or CGI program that should handle the request is not allowed: enable it under ISAPI and CGI Restrictions.",
  ),
  iis(
    404,
    3,
    "Denied by MIME map",
    "IIS serves static files only for extensions it has a MIME type for: add a MIME type for this extension (for example .json or .webmanifest on old servers).",
  ),
  iis(
    404,
    4,
    "No handler configured",
    "No handler mapping matches the file's extension or the request's verb: check Handler Mappings, and that the runtime (ASP.NET, PHP) is installed.",
  ),
  iis(
    404,
    7,
    "File extension denied",
    "Request Filtering blocks this file extension: check fileExtensions under requestFiltering.",
  ),
  iis(
    404,
    8,
    "Hidden namespace",
    "Request Filtering blocks a URL segment such as bin or App_Data: do not serve files from those folders.",
  ),
  iis(
    404,
    11,
    "URL double escaped",
    "The URL contains an encoded percent sign or similar double escaping, which Request Filtering rejects: fix the encoding or allow double escaping deliberately.",
  ),
  iis(
    404,
    13,
    "Content length too large",
    "The request body is bigger than Request Filtering's maxAllowedContentLength (about 30 MB by default): raise it for upload endpoints.",
  ),
  iis(
    404,
    14,
    "URL too long",
    "The URL is longer than Request Filtering's maxUrl: shorten it or raise the limit.",
  ),
  iis(
    404,
    15,
    "Query string too long",
    "The query string is longer than Request Filtering's maxQueryString: move data into a POST body or raise the limit.",
  ),
  iis(
    500,
    0,
    "Module or ISAPI error",
    "A module or ISAPI extension failed while handling the request: read the detailed error page or Failed Request Tracing for which one.",
  ),
  iis(
    500,
    19,
    "Configuration data is invalid",
    "IIS could not read the site's configuration: usually a malformed web.config, a section it does not know (a module such as URL Rewrite not installed), or no read permission on the file. The detailed error page names the line.",
  ),
  iis(
    500,
    21,
    "Module not recognized",
    "web.config names a module that is not installed on this server: install it or remove the entry.",
  ),
  iis(
    500,
    22,
    "ASP.NET httpModules not valid in integrated pipeline",
    "web.config uses system.web/httpModules, which the integrated pipeline ignores: move the modules to system.webServer/modules, or use a classic-mode app pool.",
  ),
  {
    status: 500,
    sub: 30,
    name: "ASP.NET Core Module: In-Process Start Failure",
    meaning:
      "The ASP.NET Core Module could not start the in-process app: run the app from the command line on the server, or turn on stdout logging in web.config, to see the startup exception.",
    source: ANCM,
  },
  {
    status: 500,
    sub: 31,
    name: "ASP.NET Core Module: Failed to Find Native Dependencies",
    meaning:
      "The .NET runtime the app targets is not installed on the server: install the matching hosting bundle.",
    source: ANCM,
  },
  {
    status: 502,
    sub: 5,
    name: "ASP.NET Core Module: Process Failure",
    meaning:
      "The ASP.NET Core Module could not start or reach the app's own process (out-of-process hosting): check the app's stdout log and the Application event log.",
    source: ANCM,
  },
  iis(
    503,
    0,
    "Application pool unavailable",
    "The app pool is stopped, often after repeated crashes (rapid-fail protection): check the Application event log and start the pool again.",
  ),
  iis(
    503,
    2,
    "Concurrent request limit exceeded",
    "More requests ran at once than the app pool's limit allows: raise the limit or find what makes requests pile up.",
  ),
];

/** The sub-status of an IIS status, by the numbers as a query writes them ("404", "13"). */
export function iisSubStatusOf(status: number, sub: number): IisSubStatus | undefined {
  return IIS_SUB_STATUSES.find((entry) => entry.status === status && entry.sub === sub);
}
