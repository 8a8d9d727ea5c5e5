#!/usr/bin/env node
/**
 * The `dondoc` executable.
 */
import { main } from "./program.js";

process.exitCode = await main(process.argv);
