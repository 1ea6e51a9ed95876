package org.entente.web;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A 400 problem naming the request parameter at fault and why. */
public class InvalidParameterException extends ErrorResponseException {

	public InvalidParameterException(String parameter, String reason) {
		super(HttpStatus.BAD_REQUEST, Problems.badRequest(List.of(new Problems.FieldError(parameter, reason))), null);
	}

}
