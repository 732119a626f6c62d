import { z } from "zod";

// Messages people read in 422 answers and import reports: "is required" rather than
// "Invalid input: expected string, received undefined".
z.config({
  customError: (issue) => {
    if (issue.code === "invalid_type" && issue.input === undefined) return "is required";
    if (issue.code === "invalid_type")
      return `must be ${issue.expected === "object" ? "an object" : `a ${issue.expected}`}`;
    return undefined;
  },
});
