package org.cjmstudio.cli.commands;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.cjmstudio.cli.CliCommand;
import org.cjmstudio.cli.Console;
import org.cjmstudio.cli.ExitCode;
import org.cjmstudio.cli.UsageException;
import org.cjmstudio.rdf.export.RdfExport;

/**
 * {@code cjm query SPARQL MAP...}: runs a SPARQL query (the text, or {@code @file.rq}) over maps as the CJM ontology
 * describes them: SELECT prints a table, ASK yes or no, CONSTRUCT and DESCRIBE Turtle.
 */
public final class QueryCommand implements CliCommand {

	@Override
	public String name() {
		return "query";
	}

	@Override
	public String usage() {
		return "query 'SPARQL'|@FILE.rq MAP.cjm...    SPARQL over maps";
	}

	@Override
	public int run(List<String> arguments, Console console) throws UsageException {
		if (arguments.size() < 2) {
			throw new UsageException("give the query and at least one map");
		}
		try {
			Query query = QueryFactory.create(queryText(arguments.get(0)));
			Model maps = ModelFactory.createModelForGraph(
					RdfExport.toGraph(MapArguments.load(arguments.subList(1, arguments.size()))));
			try (QueryExecution execution = QueryExecution.model(maps).query(query).build()) {
				if (query.isSelectType()) {
					ResultSetFormatter.out(console.out(), execution.execSelect(), query);
				} else if (query.isAskType()) {
					console.out().println(execution.execAsk() ? "yes" : "no");
				} else if (query.isConstructType()) {
					RDFDataMgr.write(console.out(), execution.execConstruct(), Lang.TURTLE);
				} else {
					RDFDataMgr.write(console.out(), execution.execDescribe(), Lang.TURTLE);
				}
			}
			return ExitCode.OK;
		} catch (QueryParseException e) {
			throw new UsageException("the query is not SPARQL: " + e.getMessage());
		} catch (IOException e) {
			console.err().println(e.getMessage());
			return ExitCode.FAILURE;
		}
	}

	private static String queryText(String argument) throws IOException {
		return argument.startsWith("@") ? Files.readString(Path.of(argument.substring(1))) : argument;
	}
}
