/* The editor side of the coalition-widgets/widget block (block.json): a sidebar to set the widget's
   attributes, and a live preview rendered by the server (the same markup the page will get). */
( function ( wp, settings ) {
	const { registerBlockType } = wp.blocks;
	const { InspectorControls, useBlockProps } = wp.blockEditor;
	const { PanelBody, SelectControl, TextControl } = wp.components;
	const { createElement: el, Fragment } = wp.element;
	const { __ } = wp.i18n;
	const ServerSideRender = wp.serverSideRender;

	// the widget types, their attributes and the values of those that take a list of words or are
	// flags come from custom-elements.json (includes/elements.php, written by the build)
	const types = Object.keys( settings.attributes ).filter( ( type ) => type !== 'feed' );
	const label = ( type ) => type[ 0 ].toUpperCase() + type.slice( 1 ).replace( /-/g, ' ' );

	registerBlockType( 'coalition-widgets/widget', {
		edit( { attributes, setAttributes } ) {
			const type = attributes.type || settings.defaultType;
			const choices = settings.choices[ type ] || {};
			const fields = ( settings.attributes[ type ] || [] ).map( ( name ) =>
				choices[ name ]
					? el( SelectControl, {
							key: name,
							label: name,
							value: attributes[ name ],
							options: [ '', ...choices[ name ] ].map( ( value ) => ( { value, label: value || '—' } ) ),
							onChange: ( value ) => setAttributes( { [ name ]: value } ),
					  } )
					: el( TextControl, {
							key: name,
							label: name,
							value: attributes[ name ],
							placeholder: name === 'src' ? settings.feed : '',
							onChange: ( value ) => setAttributes( { [ name ]: value } ),
					  } )
			);
			return el(
				Fragment,
				null,
				el(
					InspectorControls,
					null,
					el(
						PanelBody,
						{ title: __( 'Widget', 'coalition-widgets' ) },
						el( SelectControl, {
							label: __( 'Widget', 'coalition-widgets' ),
							value: type,
							options: types.map( ( value ) => ( { value, label: label( value ) } ) ),
							onChange: ( value ) => setAttributes( { type: value } ),
						} ),
						fields
					)
				),
				el(
					'div',
					useBlockProps(),
					el( ServerSideRender, { block: 'coalition-widgets/widget', attributes } )
				)
			);
		},
		save: () => null,
	} );
} )( window.wp, window.coalitionWidgets );
